#pragma once

#include <QStringList>

namespace dicedesk::db {

// Runs `dicedesk-db` with arguments (without the program name). Never throws: every failure
// is one "dicedesk-db: <message>" line on stderr and a non-zero exit code.
int runCli(const QStringList &arguments);

} // namespace dicedesk::db
