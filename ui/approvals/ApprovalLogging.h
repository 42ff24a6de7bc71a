#pragma once

#include <QLoggingCategory>

/// The approval queue pane and its dialogs.
Q_DECLARE_LOGGING_CATEGORY(lcApprovals)
