#pragma once

#include "CsvReader.h"
#include "domain/Member.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>
#include <optional>

namespace dicedesk {

/// One line of a pasted list or CSV file, before it is checked.
struct RecipientInput
{
    int line = 0;       ///< where it came from (1-based), for the report
    QString recipient;  ///< e-mail or user id as given
    QString amountText; ///< the amount cell, when an amount column is mapped
};

/// The verdict on one input line: added, or skipped and why.
struct CheckedRecipient
{
    enum class Check
    {
        Ok,
        Missing,   ///< the recipient cell is empty
        Unknown,   ///< no user with that e-mail or id
        NotMember, ///< the user is not an active member of this organisation
        Duplicate, ///< an earlier line (or the list already) names the same user
        BadAmount, ///< not a whole number from 1 to 1,000,000
    };

    int line = 0;
    QString input;
    QString amountText;
    Check check = Check::Unknown;
    QUuid userId;
    QString displayName;
    QString email;
    int amount = 0; ///< the row's own amount; 0 when the award's amount applies
};

/// How many lines of a check came out which way.
struct CheckCounts
{
    int ok = 0;
    int missing = 0;
    int unknown = 0;
    int notMember = 0;
    int duplicate = 0;
    int badAmount = 0;

    int skipped() const { return missing + unknown + notMember + duplicate + badAmount; }
    int total() const { return ok + skipped(); }
};

/// Which CSV columns probably hold what (a first guess the user can change).
struct CsvColumnGuess
{
    bool header = false;
    int recipientColumn = 0;
    int amountColumn = -1; ///< -1: no amount column
};

/// Turns pasted text and CSV rows into recipients and checks each line against what the
/// database said about it (RecipientResolution): pure functions, no I/O.
class RecipientCheck
{
    Q_DECLARE_TR_FUNCTIONS(RecipientCheck)

public:
    static constexpr int kMinAmount = 1;
    static constexpr int kMaxAmount = 1'000'000;

    /// A whole number from 1 to 1,000,000; spaces (also no-break and thin spaces) may group
    /// digits and a leading + is allowed. Anything else (12.5, 1e3, -5, 0, "ten") is none.
    static std::optional<int> parseAmount(QStringView text);

    /// The form the backend is asked about: trimmed; "Name <a@b.c>" becomes a@b.c; a user
    /// id in any QUuid spelling becomes its canonical lower-case form without braces.
    static QString normalizedInput(const QString &input);
    /// Compares inputs: the normalized form, case-folded.
    static QString inputKey(const QString &input);

    /// Splits a pasted list on line breaks, commas, semicolons and tabs.
    static QList<RecipientInput> splitPasted(const QString &text);
    /// The rows of a CSV table under a column mapping; the header row is left out.
    static QList<RecipientInput> fromCsv(const CsvTable &table, bool header, int recipientColumn,
                                         int amountColumn);
    /// The distinct normalized inputs to ask the backend about, in first-seen order.
    static QStringList distinctInputs(const QList<RecipientInput> &inputs);

    /// Checks each line. @p resolved maps inputKey() to what the backend said; @p withAmounts
    /// checks each line's amount; @p alreadyChosen are users on the list already (they count
    /// as duplicates). The first line naming a user wins; later ones are duplicates.
    static QList<CheckedRecipient> check(const QList<RecipientInput> &inputs, bool withAmounts,
                                         const QHash<QString, RecipientResolution> &resolved,
                                         const QSet<QUuid> &alreadyChosen);
    static CheckCounts count(const QList<CheckedRecipient> &rows);

    /// A short translated verdict for the report ("unknown user").
    static QString checkText(CheckedRecipient::Check check);
    /// The report line under the preview: "120 to add; 4 skipped: 1 unknown user, …".
    static QString countsText(const CheckCounts &counts);

    /// A first mapping: a header when the first row names no recipient but later rows do;
    /// the recipient column is the one with most e-mails or ids (or named so); the amount
    /// column only when a header names one.
    static CsvColumnGuess guessColumns(const CsvTable &table);

    /// Looks like an e-mail address or a user id.
    static bool looksLikeRecipient(const QString &text);
};

} // namespace dicedesk
