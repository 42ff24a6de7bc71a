#pragma once

#include "backend/BackendError.h"
#include "domain/Achievement.h"
#include "domain/Identity.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace dicedesk::AchievementValidation {

/// The console's own check of a definition before it is sent, mirroring
/// dicedesk_achievement_problems() (db/migrations/0013) plus the rules the save function
/// applies (status transitions, new achievements start as draft or active) and the structure
/// of the known unlock criteria. Problems carry the database's field paths
/// ("achievement_key", "translations.en.name", "unlock_criteria.params.count"), so the editor
/// shows the console's and the server's problems in the same place.
///
/// @p storedStatus is the status the achievement has in the database; empty for a new one.
QList<FieldProblem> problems(const AchievementDefinition &definition,
                             const QString &storedStatus = {});

/// The locales of achievementLocales() (sv, en, no) that have no translation, in that order.
QStringList missingLocales(const AchievementDefinition &definition);

/// Whether @p identity may create and change achievements of the scope: global ones (null
/// @p tenantId) only system admins; a tenant's ones its admins and editors, and system admins.
bool mayDesign(const Identity &identity, const QUuid &tenantId);

/// draft -> active -> archived -> active; staying is always allowed. An empty @p from is a new
/// achievement, which starts as draft or active.
bool transitionAllowed(const QString &from, const QString &to);
/// The statuses an achievement in @p from may be saved with, in the order draft, active,
/// archived (empty @p from: a new one).
QStringList allowedStatuses(const QString &from);

/// The unlock criteria types and the condition types the console knows (the editor's choices;
/// any other condition type is allowed).
const QStringList &unlockTypes();
const QStringList &knownConditionTypes();

/// Maps the problems in a failed save to field paths. Understands the database's problem list
/// (a JSON array of {path, code, message}, or one "path: message" per line) and the single
/// messages of the save function (key in use, status transition, scope change). What cannot be
/// placed on a field comes back with an empty path.
QList<FieldProblem> problemsFromServer(const BackendError &error);

/// A translated label for a field path, for the problem summary and the diff
/// ("translations.en.name" -> "Name (English)").
QString fieldLabel(const QString &path);
/// The translated name of a locale (sv -> Swedish).
QString localeName(const QString &locale);

} // namespace dicedesk::AchievementValidation
