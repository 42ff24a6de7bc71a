#pragma once

#include "domain/Achievement.h"

#include <QList>
#include <QString>

namespace dicedesk {

/// One row of a side-by-side comparison of two achievement definitions.
struct AchievementDiffRow
{
    QString path;  ///< field path as the database names it ("translations.en.name")
    QString label; ///< translated ("Name (English)")
    QString left;  ///< the value as text; empty when unset
    QString right;
    bool changed = false;

    friend bool operator==(const AchievementDiffRow &, const AchievementDiffRow &) = default;
};

namespace AchievementDiff {

/// Every field of the two definitions in a fixed order (key, status, scope, texts, condition,
/// unlock criteria and each of its parameters, easter egg, badge, then each locale's name,
/// description, hint and criteria text), the badge design as indented JSON. Parameters and
/// locales present on either side are listed.
QList<AchievementDiffRow> compare(const AchievementDefinition &left,
                                  const AchievementDefinition &right);

/// Only the rows that differ.
QList<AchievementDiffRow> changes(const AchievementDefinition &left,
                                  const AchievementDefinition &right);

/// The paths of the fields that differ (e.g. to highlight what a version changed).
QStringList changedPaths(const AchievementDefinition &left, const AchievementDefinition &right);

/// Re-applies an edit onto a newer version: every field (each translation field, each unlock
/// parameter) that @p mine changed relative to @p base takes its value from @p mine; all other
/// fields keep @p latest's value. Used after a stale save to keep the user's changes on top of
/// what someone else saved meanwhile.
AchievementDefinition reapply(const AchievementDefinition &base, const AchievementDefinition &mine,
                              const AchievementDefinition &latest);

} // namespace AchievementDiff

} // namespace dicedesk
