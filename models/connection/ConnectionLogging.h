#pragma once

#include <QLoggingCategory>

/// Profiles, the profile store and the keychain ("dicedesk.connection"). Never logs a secret.
Q_DECLARE_LOGGING_CATEGORY(lcConnection)
