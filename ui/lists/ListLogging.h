#pragma once

#include <QLoggingCategory>

/// The list panes (event log, coin ledger) and their shared parts.
Q_DECLARE_LOGGING_CATEGORY(lcListPane)
