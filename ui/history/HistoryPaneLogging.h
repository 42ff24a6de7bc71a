#pragma once

#include <QLoggingCategory>

/// The award history and audit log panes.
Q_DECLARE_LOGGING_CATEGORY(lcHistoryPane)
