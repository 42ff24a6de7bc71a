#pragma once

#include <QString>
#include <QStringList>

namespace dicedesk {

/// How the command palette compares what the user typed with a local entry's words:
/// case- and diacritic-insensitive ("oberg" finds "Öberg", "sore" finds "Søre"), ranked
/// whole-title prefix > word prefix > substring > subsequence ("ovw" finds "Overview").
namespace PaletteMatcher {

/// Tiers of a match; higher is better. Zero means no match.
enum Score
{
    NoMatch = 0,
    Subsequence = 100,
    KeywordSubstring = 150,
    Substring = 200,
    KeywordPrefix = 250,
    WordPrefix = 300,
    TitlePrefix = 400,
};

/// Lower case without diacritics: "Åsa Øvre-Æbelø" → "asa ovre-aebelo".
QString fold(const QString &text);

/// The best tier at which @p query matches @p title or one of @p keywords (both folded here).
/// Several words in the query must each match a word prefix to rank as WordPrefix; scattered
/// letters (Subsequence) count only for queries of three characters or more.
int score(const QString &query, const QString &title, const QStringList &keywords = {});

} // namespace PaletteMatcher

} // namespace dicedesk
