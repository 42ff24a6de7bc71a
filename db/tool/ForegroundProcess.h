#pragma once

#include <QProcessEnvironment>
#include <QStringList>
#include <functional>
#include <sys/types.h>

namespace dicedesk::db {

// Runs command (searched in PATH) with env, inheriting stdin/stdout/stderr, and waits for it.
// Signals received meanwhile are forwarded to it (see SignalForwarder). Returns its exit code,
// or 128+N if signal N killed it. Throws CliError with exit code 127 (not found) or 126 (not
// executable) if it cannot be started.
int runForeground(const QStringList &command, const QProcessEnvironment &env,
                  const std::function<void(pid_t)> &started);

} // namespace dicedesk::db
