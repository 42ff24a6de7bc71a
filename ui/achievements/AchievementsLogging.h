#pragma once

#include <QLoggingCategory>

/// The achievement definitions pane and its parts.
Q_DECLARE_LOGGING_CATEGORY(lcAchievementsPane)
