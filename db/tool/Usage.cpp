#include "Usage.h"

#include "MigrationSet.h"
#include "SeedOptions.h"

namespace dicedesk::db {

QString usageText()
{
    return QStringLiteral(
               R"(Usage: dicedesk-db [--verbose] COMMAND [OPTIONS]

Database tool for DiceDesk: a private PostgreSQL cluster, schema migrations, seed
data, wallet/ledger reconciliation and a throwaway server for tests.

Commands:
  local start|stop|status|dsn|destroy [--dir DIR] [--port P]
      Private PostgreSQL cluster in DIR (default
      ${XDG_DATA_HOME:-$HOME/.local/share}/dicedesk/local), reachable through the
      Unix socket in DIR/socket only; with --port P it also listens on
      127.0.0.1:P. start creates the cluster and database "dicedesk" if needed
      and prints the DSN; status exits 0 if running, 3 if stopped; dsn prints
      the DSN; destroy stops the server and deletes DIR.
  migrate --dsn DSN [--dir MIGRATIONS_DIR]
      Apply the pending NNNN_name.sql migrations in numeric order, each in its
      own transaction. Default folder: %1
  seed --dsn DSN [--scale small|medium|large|N] [--seed S] [--anchor YYYY-MM-DD]
       [--dir SEED_DIR]
      Run the seed SQL files in name order in one session (*.tx.sql files in a
      transaction). Scale: small=200000, medium=1000000, large=10000000 events
      or N events (default small); seed S (default 42); anchor date (default
      today, UTC). Default folder: %2
  reconcile --dsn DSN
      Check every wallet (user_coins) against its ledger (coin_transactions);
      exits 1 if any wallet does not match.
  sandbox [--migrate] [--seed [SCALE]] [--keep] [--tcp] -- COMMAND [ARGS...]
      Run COMMAND against a throwaway server with database "dicedesk"
      (--seed: seed 42, anchor 2026-06-30, scale default small; implies
      --migrate) and delete it afterwards. COMMAND gets DICEDESK_TEST_DSN,
      DICEDESK_TEST_SOCKET_DIR, DICEDESK_TEST_PORT, DICEDESK_TEST_SANDBOX,
      PGHOST, PGPORT, PGUSER and PGDATABASE. Exits with COMMAND's exit code
      (128+N if signal N killed it). --keep keeps the folder. --tcp also
      listens on 127.0.0.1:PORT (password logins, scram-sha-256) and sets
      DICEDESK_TEST_TCP_HOST.
  sandbox --cleanup-stale
      Stop and delete dicedesk-sandbox-* folders left by dead sandboxes.

Options:
  -h, --help      Show this help.
  -v, --verbose   Print details (commands run, timings, server messages).
      --version   Show the version.

Environment:
  DICEDESK_PG_BINDIR       PostgreSQL server binaries (default
                           /usr/lib/postgresql/15/bin)
  DICEDESK_MIGRATIONS_DIR  default migrations folder
  DICEDESK_SEED_DIR        default seed folder
  TMPDIR                   where sandbox folders are created (default /tmp)

Exit status: 0 success, 1 failure, 2 usage error, 3 "local status": stopped;
sandbox: the exit code of COMMAND.
)")
        .arg(QStringLiteral(DICEDESK_DEFAULT_MIGRATIONS_DIR),
             QStringLiteral(DICEDESK_DEFAULT_SEED_DIR));
}

} // namespace dicedesk::db
