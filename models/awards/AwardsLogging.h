#pragma once

#include <QLoggingCategory>

/// Composing and sending manual awards: the CSV reader, the recipient checks, the journal.
Q_DECLARE_LOGGING_CATEGORY(lcAwards)
