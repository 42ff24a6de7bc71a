#pragma once

#include <QLoggingCategory>

/// The achievement editor, its version history and member preview.
Q_DECLARE_LOGGING_CATEGORY(lcAchievementEditor)
