#pragma once

#include "awards/AwardJournal.h"
#include "awards/AwardSender.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dicedesk {

/// The sentences the awards pane shows about what a send did, and about awards left
/// unfinished. Result lines are rich text with "award:<id>" / "request:<id>" links.
class AwardOutcomeText
{
    Q_DECLARE_TR_FUNCTIONS(AwardOutcomeText)

public:
    static constexpr const char *kAwardScheme = "award:";
    static constexpr const char *kRequestScheme = "request:";

    /// "50 coins to 120 recipients" for a journalled award.
    static QString awardText(const JournalEntry &entry);
    /// One line (rich text) per paid or filed award: "Paid 50 coins to 120 recipients. Show
    /// award", "Already applied: … Show award", "… is now a request … View request".
    static QString resultLine(const SendResult &result);
    /// The banner over awards whose outcome is unknown. @p afterConnectionLoss: they were
    /// sent in this session and the connection failed; else DiceDesk stopped while sending.
    static QString unfinishedText(const QList<JournalEntry> &entries, bool afterConnectionLoss);
};

} // namespace dicedesk
