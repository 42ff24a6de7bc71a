#pragma once

#include <QLoggingCategory>

/// The connect dialog and the start flow ("dicedesk.ui.connect"). Never logs a secret.
Q_DECLARE_LOGGING_CATEGORY(lcConnect)
