#pragma once

#include <QLoggingCategory>

/// Award history, reversals and the audit log (models and their CSV export).
Q_DECLARE_LOGGING_CATEGORY(lcHistory)
