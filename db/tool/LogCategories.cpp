#include "LogCategories.h"

Q_LOGGING_CATEGORY(lcCli, "dicedesk.db.cli")
Q_LOGGING_CATEGORY(lcCluster, "dicedesk.db.cluster")
Q_LOGGING_CATEGORY(lcProcess, "dicedesk.db.process")
Q_LOGGING_CATEGORY(lcMigrate, "dicedesk.db.migrate")
Q_LOGGING_CATEGORY(lcSeed, "dicedesk.db.seed")
Q_LOGGING_CATEGORY(lcReconcile, "dicedesk.db.reconcile")
Q_LOGGING_CATEGORY(lcSandbox, "dicedesk.db.sandbox")
Q_LOGGING_CATEGORY(lcDatabase, "dicedesk.db.database")
