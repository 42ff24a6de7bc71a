#pragma once

#include <QLoggingCategory>

// One logging category per component; debug output is shown with `dicedesk-db --verbose`.
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcCluster)
Q_DECLARE_LOGGING_CATEGORY(lcProcess)
Q_DECLARE_LOGGING_CATEGORY(lcMigrate)
Q_DECLARE_LOGGING_CATEGORY(lcSeed)
Q_DECLARE_LOGGING_CATEGORY(lcReconcile)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcDatabase)
