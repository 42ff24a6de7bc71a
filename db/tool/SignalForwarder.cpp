#include "SignalForwarder.h"

#include <csignal>
#include <cstring>
#include <initializer_list>

namespace dicedesk::db::signalforward {

namespace {

volatile sig_atomic_t childPid = 0;
volatile sig_atomic_t lastSignal = 0;
volatile sig_atomic_t signalCount = 0;

void forward(int signal)
{
    lastSignal = signal;
    signalCount = signalCount + 1;
    const pid_t child = childPid;
    if (child > 0)
        ::kill(child, signalCount > 1 ? SIGKILL : signal); // kill() is async-signal-safe
}

} // namespace

void install()
{
    struct sigaction action;
    std::memset(&action, 0, sizeof action);
    action.sa_handler = forward;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: let blocking waits see EINTR
    for (int signal : {SIGINT, SIGTERM, SIGHUP})
        sigaction(signal, &action, nullptr);
}

void setChild(pid_t pid)
{
    childPid = pid;
}

int received()
{
    return lastSignal;
}

const char *name(int signal)
{
    switch (signal) {
    case SIGINT:
        return "SIGINT";
    case SIGTERM:
        return "SIGTERM";
    case SIGHUP:
        return "SIGHUP";
    default:
        return "signal";
    }
}

} // namespace dicedesk::db::signalforward
