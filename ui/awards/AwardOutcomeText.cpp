#include "AwardOutcomeText.h"

#include "awards/AwardPlan.h"

#include <QStringList>

namespace dicedesk {

namespace {

QString link(const char *scheme, const QUuid &id, const QString &text)
{
    return QStringLiteral("<a href=\"%1%2\">%3</a>")
        .arg(QLatin1String(scheme), id.toString(QUuid::WithoutBraces), text.toHtmlEscaped());
}

} // namespace

QString AwardOutcomeText::awardText(const JournalEntry &entry)
{
    const int count = entry.recipients.isEmpty() ? entry.recipientCount
                                                 : static_cast<int>(entry.recipients.size());
    return AwardPlan::awardText(entry.awardType, entry.amount, count, entry.achievementName);
}

QString AwardOutcomeText::resultLine(const SendResult &result)
{
    const QString what = awardText(result.entry).toHtmlEscaped();
    const AwardOutcome &outcome = result.outcome;
    const bool achievement = result.entry.awardType == QLatin1String("achievement");
    switch (result.kind) {
    case SendResult::Kind::Paid: {
        const QString show =
            outcome.awardId.isNull()
                ? QString()
                : QLatin1Char(' ') + link(kAwardScheme, outcome.awardId, tr("Show award"));
        if (outcome.replayed)
            //: %1 is "50 coins to 120 recipients"
            return tr("Already applied: %1 had been paid before; nothing new was paid.").arg(what) +
                   show;
        return (achievement ? tr("Awarded %1.").arg(what) : tr("Paid %1.").arg(what)) + show;
    }
    case SendResult::Kind::Filed: {
        const QString view = outcome.requestId.isNull()
                                 ? QString()
                                 : QLatin1Char(' ') + link(kRequestScheme, outcome.requestId,
                                                           outcome.replayed ? tr("Show request")
                                                                            : tr("View request"));
        if (outcome.replayed)
            return tr("Already applied: %1 had been filed as a request before; nothing new was "
                      "filed.")
                       .arg(what) +
                   view;
        //: %1 is "50 coins to 120 recipients", %2 the total ("6,000 coins")
        return tr("%1 (total %2) reaches the approval threshold: it is now a request for a "
                  "system admin.")
                   .arg(what, AwardPlan::amountText(result.entry.awardType, outcome.total)
                                  .toHtmlEscaped()) +
               view;
    }
    case SendResult::Kind::Failed:
    case SendResult::Kind::Interrupted:
    case SendResult::Kind::NotSent:
        break;
    }
    return {};
}

QString AwardOutcomeText::unfinishedText(const QList<JournalEntry> &entries,
                                         bool afterConnectionLoss)
{
    QStringList awards;
    for (const JournalEntry &entry : entries)
        awards.append(awardText(entry));
    const QString list = awards.join(QStringLiteral("; "));
    if (afterConnectionLoss)
        //: %1 is "50 coins to 120 recipients" (several separated by semicolons)
        return tr("The connection failed while sending %1, so DiceDesk cannot tell whether it "
                  "was paid. Send again to finish: the same key is used, so nothing is paid "
                  "twice.")
            .arg(list);
    if (entries.size() == 1)
        //: %1 is "50 coins to 120 recipients"
        return tr("An award of %1 was being sent when DiceDesk stopped. Check and finish sends it "
                  "again with the same key: if it had arrived, nothing is paid twice.")
            .arg(list);
    //: %1 lists the awards, e.g. "50 coins to 120 recipients; 10 XP to 3 recipients"
    return tr("%Ln awards were being sent when DiceDesk stopped: %1. Check and finish sends them "
              "again with the same keys: those that had arrived are not paid twice.",
              nullptr, static_cast<int>(entries.size()))
        .arg(list);
}

} // namespace dicedesk
