#pragma once

#include <QString>
#include <QStringList>
#include <sys/types.h>

namespace dicedesk::db {

// Who runs initdb/pg_ctl/postgres. PostgreSQL refuses to run as root, so when we are root the
// server tools run as the "postgres" system user through `runuser -u postgres --`, the cluster
// folder is chowned to it and every ancestor folder must be traversable by it. As a normal user
// everything runs as that user.
class ServiceUser
{
public:
    static ServiceUser current();

    bool switchesUser() const { return m_switch; }
    const QString &name() const { return m_name; }

    // Wraps program + args for running as the service user.
    void wrap(QString &program, QStringList &args) const;

    // chown path to the service user (no-op when not switching users).
    void takeOwnership(const QString &path) const;

    // Makes sure the service user can reach dir: every ancestor must be searchable; grants it
    // with `setfacl -m u:postgres:x` when missing. Throws RuntimeError if that is impossible.
    void ensureTraversable(const QString &dir) const;

private:
    bool canTraverse(const QString &dir) const;

    bool m_switch = false;
    QString m_name;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
    QString m_runuser;
};

} // namespace dicedesk::db
