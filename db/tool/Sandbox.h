#pragma once

#include <QStringList>
#include <optional>

namespace dicedesk::db {

struct SandboxOptions
{
    bool migrate = false;
    std::optional<qint64> seedEvents; // --seed [SCALE]; implies migrate
    bool keep = false;
    bool tcp = false; // --tcp: also listen on 127.0.0.1 (password logins over scram-sha-256)
    QStringList command;
};

// `dicedesk-db sandbox`: a throwaway PostgreSQL server in a fresh temp folder for one command.
// The folder is removed and the server stopped afterwards in every case: command failure or
// crash, SIGINT/SIGTERM/SIGHUP to the sandbox (forwarded to the command first), and, through
// the SandboxJanitor, even when the sandbox itself is killed.
class Sandbox
{
public:
    static constexpr const char *FolderPrefix = "dicedesk-sandbox-";
    static constexpr const char *PidFileName = "sandbox.pid";
    static constexpr const char *SeedAnchor = "2026-06-30";
    static constexpr qint64 Seed = 42;

    // Returns the command's exit code (128+N if signal N killed it).
    static int run(const SandboxOptions &options);
};

} // namespace dicedesk::db
