#pragma once

#include <sys/types.h>

namespace dicedesk::db::signalforward {

// Installs handlers for SIGINT, SIGTERM and SIGHUP that remember the signal and forward it to
// the current child process (a repeated signal kills the child with SIGKILL). Interrupted
// waits return EINTR so the sandbox can clean up instead of dying.
void install();
void setChild(pid_t pid);
// The last signal received, 0 if none.
int received();
const char *name(int signal);

} // namespace dicedesk::db::signalforward
