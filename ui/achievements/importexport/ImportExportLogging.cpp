#include "ImportExportLogging.h"

Q_LOGGING_CATEGORY(lcAchievementImport, "dicedesk.ui.achievements.importexport", QtInfoMsg)
