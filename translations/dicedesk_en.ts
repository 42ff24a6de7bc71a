<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AchievementExport</name>
    <message numerus="yes">
        <source>%n achievement(s) exported to %1.</source>
        <extracomment>%n achievements, %1 the file name</extracomment>
        <translation>
            <numerusform>%n achievement exported to %1.</numerusform>
            <numerusform>%n achievements exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AwardOutcomeText</name>
    <message numerus="yes">
        <source>%Ln awards were being sent when DiceDesk stopped: %1. Check and finish sends them again with the same keys: those that had arrived are not paid twice.</source>
        <extracomment>%1 lists the awards, e.g. &quot;50 coins to 120 recipients; 10 XP to 3 recipients&quot;</extracomment>
        <translation>
            <numerusform>%Ln award was being sent when DiceDesk stopped: %1. Check and finish sends it again with the same key: if it had arrived, it is not paid twice.</numerusform>
            <numerusform>%Ln awards were being sent when DiceDesk stopped: %1. Check and finish sends them again with the same keys: those that had arrived are not paid twice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AwardPlan</name>
    <message numerus="yes">
        <source>%1 to %Ln recipient(s)</source>
        <extracomment>%1 is what each recipient gets (&quot;50 coins&quot;), %Ln how many recipients</extracomment>
        <translation>
            <numerusform>%1 to %Ln recipient</numerusform>
            <numerusform>%1 to %Ln recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total %1 to %Ln recipient(s).</source>
        <extracomment>%1 is the total (&quot;6,000 coins&quot;), %Ln how many recipients</extracomment>
        <translation>
            <numerusform>Total %1 to %Ln recipient.</numerusform>
            <numerusform>Total %1 to %Ln recipients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln award(s): %1. %2</source>
        <extracomment>%Ln is how many awards are sent (one per amount), %1 lists them, %2 is the total</extracomment>
        <translation>
            <numerusform>%Ln award: %1. %2</numerusform>
            <numerusform>%Ln awards: %1. %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientCheck</name>
    <message numerus="yes">
        <source>%Ln to add</source>
        <extracomment>%Ln is how many lines of the list will be added</extracomment>
        <translation>
            <numerusform>%Ln to add</numerusform>
            <numerusform>%Ln to add</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestFormat</name>
    <message numerus="yes">
        <source>%n unlock(s)</source>
        <extracomment>The total of an achievement award: how many users unlock it</extracomment>
        <translation>
            <numerusform>%n unlock</numerusform>
            <numerusform>%n unlocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>Age in minutes, short: &quot;5 min&quot;</extracomment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <extracomment>Age in hours, short: &quot;3 h&quot;</extracomment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <extracomment>Age in days, short: &quot;2 d&quot;</extracomment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dicedesk::AchievementEditorDialog</name>
    <message numerus="yes">
        <source>Fix %n problem(s) to save:</source>
        <extracomment>followed by the list of problems, one a line</extracomment>
        <translation>
            <numerusform>Fix %n problem to save:</numerusform>
            <numerusform>Fix %n problems to save:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held by %n member(s) — they keep it; the change applies to how it shows.</source>
        <extracomment>shown before saving a change to an active achievement; %n members hold it</extracomment>
        <translation>
            <numerusform>Held by %n member — they keep it; the change applies to how it shows.</numerusform>
            <numerusform>Held by %n members — they keep it; the change applies to how it shows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dicedesk::AchievementImportDialog</name>
    <message numerus="yes">
        <source>This file cannot be imported: %n problem(s) found. Nothing was written.</source>
        <extracomment>%n problems found while reading the file</extracomment>
        <translation>
            <numerusform>This file cannot be imported: %n problem found. Nothing was written.</numerusform>
            <numerusform>This file cannot be imported: %n problems found. Nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused this file: %n problem(s). Nothing was written.</source>
        <translation>
            <numerusform>The server refused this file: %n problem. Nothing was written.</numerusform>
            <numerusform>The server refused this file: %n problems. Nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <extracomment>import counts; each %n is a number of achievements</extracomment>
        <translation>
            <numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n to create</numerusform>
            <numerusform>%n to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused the import: %n problem(s). Nothing was written.</source>
        <translation>
            <numerusform>The server refused the import: %n problem. Nothing was written.</numerusform>
            <numerusform>The server refused the import: %n problems. Nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schema version %1 · Scope: %2 · %n achievement(s)</source>
        <extracomment>import summary: %1 schema version (&quot;1.0&quot;), %2 the scope, %n achievements</extracomment>
        <translation>
            <numerusform>Schema version %1 · Scope: %2 · %n achievement</numerusform>
            <numerusform>Schema version %1 · Scope: %2 · %n achievements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <extracomment>heading of the problem list; %n problems</extracomment>
        <translation>
            <numerusform>Problems (%n)</numerusform>
            <numerusform>Problems (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dicedesk::AchievementVersionHistory</name>
    <message numerus="yes">
        <source>%n field(s) differ between version %1 and version %2.</source>
        <extracomment>%n changed fields between version %1 and %2</extracomment>
        <translation>
            <numerusform>%n field differs between version %1 and version %2.</numerusform>
            <numerusform>%n fields differ between version %1 and version %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dicedesk::AchievementsPane</name>
    <message numerus="yes">
        <source> and %n more</source>
        <extracomment>Ends a list of achievement keys; %n is how many more there are</extracomment>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected · read only for you</source>
        <extracomment>%n selected rows; the user may not change all of them</extracomment>
        <translation>
            <numerusform>%n selected · read only for you</numerusform>
            <numerusform>%n selected · read only for you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You may not change %n of the selected achievements: %1. Nothing was changed.</source>
        <extracomment>%1 lists achievement keys</extracomment>
        <translation>
            <numerusform>You may not change %n of the selected achievements: %1. Nothing was changed.</numerusform>
            <numerusform>You may not change %n of the selected achievements: %1. Nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) cannot be archived: %1. A draft can only be activated; only active achievements can be archived. Nothing was changed.</source>
        <extracomment>%1 lists the keys of drafts; a draft can only be activated, never archived</extracomment>
        <translation>
            <numerusform>%n draft cannot be archived: %1. A draft can only be activated; only active achievements can be archived. Nothing was changed.</numerusform>
            <numerusform>%n drafts cannot be archived: %1. A draft can only be activated; only active achievements can be archived. Nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activate %n achievement(s)? Members can see and unlock them.</source>
        <translation>
            <numerusform>Activate %n achievement? Members can see and unlock it.</numerusform>
            <numerusform>Activate %n achievements? Members can see and unlock them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n achievement(s)? Members who hold them keep them; nobody can unlock them any more.</source>
        <translation>
            <numerusform>Archive %n achievement? Members who hold it keep it; nobody can unlock it any more.</numerusform>
            <numerusform>Archive %n achievements? Members who hold them keep them; nobody can unlock them any more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already active, left as they are: %n.</source>
        <extracomment>%n achievements of the selection need no change</extracomment>
        <translation>
            <numerusform>Already active, left as it is: %n.</numerusform>
            <numerusform>Already active, left as they are: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already archived, left as they are: %n.</source>
        <translation>
            <numerusform>Already archived, left as it is: %n.</numerusform>
            <numerusform>Already archived, left as they are: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activated</source>
        <translation>
            <numerusform>%n activated</numerusform>
            <numerusform>%n activated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archived</source>
        <translation>
            <numerusform>%n archived</numerusform>
            <numerusform>%n archived</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already active</source>
        <translation>
            <numerusform>, %n already active</numerusform>
            <numerusform>, %n already active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already archived</source>
        <translation>
            <numerusform>, %n already archived</numerusform>
            <numerusform>, %n already archived</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dicedesk::ApprovalQueuePane</name>
    <message numerus="yes">
        <source>Approved: %1 paid to %n recipient(s).</source>
        <extracomment>%1 is what was paid in all (&quot;6,000 coins&quot;); %n how many recipients got it</extracomment>
        <translation>
            <numerusform>Approved: %1 paid to %n recipient.</numerusform>
            <numerusform>Approved: %1 paid to %n recipients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <extracomment>%n requests wait for a decision (all are listed)</extracomment>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approval settings saved for %1: awards from a total of %2 need approval; requests expire after %n day(s).</source>
        <extracomment>%1 whose settings (&quot;Alpha Club&quot;, &quot;all organisations&quot;), %2 the threshold, %n the expiry in days</extracomment>
        <translation>
            <numerusform>Approval settings saved for %1: awards from a total of %2 need approval; requests expire after %n day.</numerusform>
            <numerusform>Approval settings saved for %1: awards from a total of %2 need approval; requests expire after %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dicedesk::AuditLogModel</name>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <extracomment>A list inside an audit payload; %n is how many items it holds</extracomment>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <extracomment>An object inside an audit payload; %n is how many fields it holds</extracomment>
        <translation>
            <numerusform>{%n field}</numerusform>
            <numerusform>{%n fields}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dicedesk::AuditLogPane</name>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <extracomment>%n rows were written to the file %1</extracomment>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dicedesk::AwardHistoryModel</name>
    <message numerus="yes">
        <source>%1 of %n reversed</source>
        <extracomment>%1 entries of an award with %n recipients have been taken back</extracomment>
        <translation>
            <numerusform>%1 of %n reversed</numerusform>
            <numerusform>%1 of %n reversed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dicedesk::AwardHistoryPane</name>
    <message numerus="yes">
        <source>%1 × %n recipient(s)</source>
        <extracomment>Detail title of an award: %1 what each got, %n recipients</extracomment>
        <translation>
            <numerusform>%1 × %n recipient</numerusform>
            <numerusform>%1 × %n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %1 coins back from each of %n recipient(s) of the award %2 sent on %3: %4 coins in all. Each reversal is a new entry in the coin ledger, linked to the award; the reversal is written to the audit log.</source>
        <extracomment>%n recipients whose entry is taken back, %1 coins each, %2 the admin who sent the award, %3 when, %4 the coins taken back in all</extracomment>
        <translation>
            <numerusform>Take %1 coins back from each of %n recipient of the award %2 sent on %3: %4 coins in all. Each reversal is a new entry in the coin ledger, linked to the award; the reversal is written to the audit log.</numerusform>
            <numerusform>Take %1 coins back from each of %n recipients of the award %2 sent on %3: %4 coins in all. Each reversal is a new entry in the coin ledger, linked to the award; the reversal is written to the audit log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) reversed before stay as they are.</source>
        <translation>
            <numerusform>%n entry reversed before stays as it is.</numerusform>
            <numerusform>%n entries reversed before stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reversed %n entry(ies): the coins were taken back. The reversals are in the coin ledger, linked to this award, and in the audit log.</source>
        <translation>
            <numerusform>Reversed %n entry: the coins were taken back. The reversals are in the coin ledger, linked to this award, and in the audit log.</numerusform>
            <numerusform>Reversed %n entries: the coins were taken back. The reversals are in the coin ledger, linked to this award, and in the audit log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) had been reversed before and were left as they were.</source>
        <translation>
            <numerusform>%n entry had been reversed before and was left as it was.</numerusform>
            <numerusform>%n entries had been reversed before and were left as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) have already spent some of these coins, so the award cannot be taken back as a whole and nothing was changed. Reverse the other recipients&apos; entries one by one: select a recipient, then “Reverse this entry…”.</source>
        <translation>
            <numerusform>%n recipient has already spent some of these coins, so the award cannot be taken back as a whole and nothing was changed. Reverse the other recipients&apos; entries one by one: select a recipient, then “Reverse this entry…”.</numerusform>
            <numerusform>%n recipients have already spent some of these coins, so the award cannot be taken back as a whole and nothing was changed. Reverse the other recipients&apos; entries one by one: select a recipient, then “Reverse this entry…”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dicedesk::AwardsPane</name>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln recipient(s).</source>
        <translation>
            <numerusform>Added %Ln recipient.</numerusform>
            <numerusform>Added %Ln recipients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were on the list already.</source>
        <translation>
            <numerusform>%Ln was on the list already.</numerusform>
            <numerusform>%Ln were on the list already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Recipients: %Ln (at most %1)</source>
        <extracomment>%Ln is how many recipients are on the list; %1 the most allowed</extracomment>
        <translation>
            <numerusform>&amp;Recipients: %Ln (at most %1)</numerusform>
            <numerusform>&amp;Recipients: %Ln (at most %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln further award(s) of this send were not sent either.</source>
        <translation>
            <numerusform>%Ln further award of this send was not sent either.</numerusform>
            <numerusform>%Ln further awards of this send were not sent either.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dicedesk::MainWindow</name>
    <message numerus="yes">
        <source>%1, %n pending approval(s)</source>
        <extracomment>Screen-reader name of a rail item with a badge; %1 pane, %n pending requests</extracomment>
        <translation>
            <numerusform>%1, %n pending approval</numerusform>
            <numerusform>%1, %n pending approvals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dicedesk::ReasonDialog</name>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <extracomment>%n is how many more characters may be typed</extracomment>
        <translation>
            <numerusform>%n character left</numerusform>
            <numerusform>%n characters left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dicedesk::RecipientImportDialog</name>
    <message numerus="yes">
        <source>Checking %Ln line(s)…</source>
        <extracomment>Progress while lines are checked against the database</extracomment>
        <translation>
            <numerusform>Checking %Ln line…</numerusform>
            <numerusform>Checking %Ln lines…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %Ln recipient(s), skip %1</source>
        <extracomment>%Ln is how many recipients are added, %1 how many lines are skipped</extracomment>
        <translation>
            <numerusform>&amp;Add %Ln recipient, skip %1</numerusform>
            <numerusform>&amp;Add %Ln recipients, skip %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dicedesk::RequestDetailView</name>
    <message numerus="yes">
        <source>⚠ %n recipient(s) are no longer active members of this organisation.</source>
        <extracomment>%n recipients of the request have left the organisation or were suspended</extracomment>
        <translation>
            <numerusform>⚠ %n recipient is no longer an active member of this organisation.</numerusform>
            <numerusform>⚠ %n recipients are no longer active members of this organisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recipients (%n)</source>
        <extracomment>%n is how many users the request would pay</extracomment>
        <translation>
            <numerusform>Recipients (%n)</numerusform>
            <numerusform>Recipients (%n)</numerusform>
        </translation>
    </message>
</context>
</TS>
