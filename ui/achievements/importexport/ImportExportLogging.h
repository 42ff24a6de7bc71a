#pragma once

#include <QLoggingCategory>

/// Importing and exporting AWARD_BUILDER_EXPORT_SCHEMA_V1 files.
Q_DECLARE_LOGGING_CATEGORY(lcAchievementImport)
