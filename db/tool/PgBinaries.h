#pragma once

#include <QString>

namespace dicedesk::db {

// Where initdb/pg_ctl/postgres live: $DICEDESK_PG_BINDIR, else /usr/lib/postgresql/15/bin, else
// the newest /usr/lib/postgresql/*/bin with an initdb (with a warning if it is not 15).
class PgBinaries
{
public:
    static constexpr int ExpectedMajor = 15;

    // Throws RuntimeError "PostgreSQL server binaries not found (looked in ...); ..."
    static PgBinaries locate();

    const QString &binDir() const { return m_binDir; }
    QString tool(const QString &name) const;
    int majorVersion() const { return m_major; }

private:
    QString m_binDir;
    int m_major = 0;
};

} // namespace dicedesk::db
