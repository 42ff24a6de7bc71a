#include "EditorLogging.h"

Q_LOGGING_CATEGORY(lcAchievementEditor, "dicedesk.ui.achievements.editor", QtInfoMsg)
