#pragma once

#include <QLoggingCategory>

/// The awards pane and its dialogs.
Q_DECLARE_LOGGING_CATEGORY(lcAwardsPane)
