#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace dicedesk::db {

struct MigrationFile
{
    int version = 0; // NNNN
    QString name;    // 0003_ledger.sql
    QString path;
    QString checksum; // sha256 hex of the file bytes
    QByteArray sql;
};

// The migration files of one folder: NNNN_name.sql (^\d{4}_[a-z0-9_]+\.sql$) in numeric order.
// Other files are ignored with a warning, dot-files silently; a duplicate version is an error.
class MigrationSet
{
public:
    // $DICEDESK_MIGRATIONS_DIR, else the db/migrations folder of the source tree (compiled in).
    static QString defaultDir();
    static MigrationSet scan(const QString &dir);

    const QString &dir() const { return m_dir; }
    const QList<MigrationFile> &files() const { return m_files; }
    const MigrationFile *find(int version) const;

private:
    QString m_dir;
    QList<MigrationFile> m_files;
};

} // namespace dicedesk::db
