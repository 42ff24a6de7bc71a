#include "MigrationSet.h"

#include "CliErrors.h"
#include "LogCategories.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>

namespace dicedesk::db {

QString MigrationSet::defaultDir()
{
    const QString fromEnv = qEnvironmentVariable("DICEDESK_MIGRATIONS_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(DICEDESK_DEFAULT_MIGRATIONS_DIR) : fromEnv;
}

MigrationSet MigrationSet::scan(const QString &dirPath)
{
    const QDir dir(dirPath);
    if (!dir.exists())
        throw RuntimeError(QStringLiteral("migrations folder %1 does not exist").arg(dirPath));

    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    MigrationSet set;
    set.m_dir = dir.absolutePath();
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : names) {
        if (name.startsWith(QLatin1Char('.')))
            continue;
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch()) {
            qCWarning(lcMigrate).noquote()
                << QStringLiteral("ignoring %1: migration files are named NNNN_name.sql "
                                  "(lower case letters, digits and _)")
                       .arg(name);
            continue;
        }
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            throw RuntimeError(QStringLiteral("cannot read migration %1: %2")
                                   .arg(file.fileName(), file.errorString()));
        MigrationFile migration;
        migration.version = match.captured(1).toInt();
        migration.name = name;
        migration.path = file.fileName();
        migration.sql = file.readAll();
        migration.checksum = QString::fromLatin1(
            QCryptographicHash::hash(migration.sql, QCryptographicHash::Sha256).toHex());
        set.m_files << migration;
    }
    std::sort(set.m_files.begin(), set.m_files.end(),
              [](const MigrationFile &a, const MigrationFile &b) { return a.version < b.version; });
    for (int i = 1; i < set.m_files.size(); ++i) {
        if (set.m_files.at(i).version == set.m_files.at(i - 1).version)
            throw RuntimeError(QStringLiteral("duplicate migration version %1: %2 and %3")
                                   .arg(set.m_files.at(i).name.left(4), set.m_files.at(i - 1).name,
                                        set.m_files.at(i).name));
    }
    return set;
}

const MigrationFile *MigrationSet::find(int version) const
{
    for (const MigrationFile &file : m_files) {
        if (file.version == version)
            return &file;
    }
    return nullptr;
}

} // namespace dicedesk::db
