#include "CliArgs.h"
#include "CliErrors.h"
#include "Commands.h"
#include "Console.h"
#include "Database.h"
#include "Reconciler.h"

#include <pqxx/except>
#include <string_view>

namespace dicedesk::db {

int runReconcileCommand(CliArgs &args)
{
    const QString dsn = args.requiredValue(QStringLiteral("dsn"));
    args.positionals(0);

    Database database(dsn);
    ReconcileReport report;
    try {
        report = Reconciler(database.connection()).run();
    } catch (const pqxx::sql_error &error) {
        if (sqlState(error) != QLatin1String("42501") ||
            std::string_view(error.what()).find("row-level security") == std::string_view::npos)
            throw;
        throw RuntimeError(
            QStringLiteral("reconcile must see every row; connect as a superuser or a "
                           "role with BYPASSRLS: %1")
                .arg(describeDbError(error)));
    }
    for (const WalletMismatch &mismatch : report.mismatches)
        console::out(mismatch.describe());
    QString summary = QStringLiteral("reconcile: %1 wallets checked, %2 mismatches")
                          .arg(report.walletsChecked)
                          .arg(report.mismatchCount);
    if (report.mismatchCount > report.mismatches.size())
        summary += QStringLiteral(" (first %1 shown)").arg(report.mismatches.size());
    console::out(summary);
    return report.mismatchCount == 0 ? ExitOk : ExitFailure;
}

} // namespace dicedesk::db
