#pragma once

#include "PgBinaries.h"
#include "ServiceUser.h"

#include <QString>
#include <sys/types.h>

namespace dicedesk::db {

enum class ShutdownMode
{
    Fast,
    Immediate
};

struct ClusterStatus
{
    bool initialized = false;
    bool running = false;
    pid_t pid = 0;
    int port = 0;     // port of the running server, else the remembered one
    bool tcp = false; // also listening on 127.0.0.1:port
};

struct StartOptions
{
    int port = 5432;
    bool explicitPort = false; // --port given: listen on 127.0.0.1:port too
    bool throwaway = false;    // initdb --no-sync; fsync/synchronous_commit/full_page_writes off
};

// A private PostgreSQL cluster in one folder, shared by `local` and `sandbox`:
//   DIR/data        PGDATA
//   DIR/socket      Unix socket folder (mode 0700); socket file .s.PGSQL.<port>
//   DIR/server.log  server log (pg_ctl -l)
//   DIR/cluster.conf  port and TCP choice of the last start (for status/dsn/restart)
class LocalCluster
{
public:
    LocalCluster(QString dir, PgBinaries binaries, ServiceUser user);

    // ${XDG_DATA_HOME:-$HOME/.local/share}/dicedesk/local
    static QString defaultDir();

    const QString &dir() const { return m_dir; }
    QString dataDir() const;
    QString socketDir() const;
    QString logFile() const;

    bool isInitialized() const;
    ClusterStatus status() const;
    QString dsn(int port, const QString &dbname = QStringLiteral("dicedesk")) const;

    // Creates the layout and runs initdb.
    void initialize(bool throwaway);
    // Initializes if needed, starts the server and creates database "dicedesk".
    // Returns false (and does nothing) if the server was already running with these options.
    bool start(const StartOptions &options);
    // Returns false if the server was not running.
    bool stop(ShutdownMode mode);
    // Last resort when pg_ctl stop fails: SIGQUIT, then SIGKILL the postmaster.
    void kill();
    // Stops the server and deletes the folder; false if there was no folder.
    bool destroy();

private:
    void checkDataVersion() const;
    void writeState(int port, bool tcp) const;
    void ensureSocketPathFits(int port) const;
    QString postgresOptions(const StartOptions &options) const;

    QString m_dir;
    PgBinaries m_binaries;
    ServiceUser m_user;
};

} // namespace dicedesk::db
