#pragma once

#include <QStringList>

namespace dicedesk::db {

class CliArgs;

// One function per subcommand; each returns the exit code or throws CliError.
int runLocalCommand(CliArgs &args);
int runMigrateCommand(CliArgs &args);
int runSeedCommand(CliArgs &args);
int runReconcileCommand(CliArgs &args);
// The sandbox parses its own arguments: everything after "--" (or after the first
// non-option) is the command to run. Sets verbose when it sees --verbose.
int runSandboxCommand(const QStringList &args, bool &verbose);

} // namespace dicedesk::db
