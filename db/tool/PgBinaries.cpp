#include "PgBinaries.h"

#include "CliErrors.h"
#include "LogCategories.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

namespace dicedesk::db {

namespace {

const QString debianRoot = QStringLiteral("/usr/lib/postgresql");

bool hasServerTools(const QString &dir)
{
    for (const char *name : {"initdb", "pg_ctl", "postgres"}) {
        const QFileInfo info(dir + QLatin1Char('/') + QLatin1String(name));
        if (!info.isFile() || !info.isExecutable())
            return false;
    }
    return true;
}

// Major version from the directory name (/usr/lib/postgresql/15/bin); 0 if the path does not say.
int majorFromPath(const QString &dir)
{
    static const QRegularExpression versioned(QStringLiteral("/(\\d+)(?:/bin)?/?$"));
    const QRegularExpressionMatch match = versioned.match(QDir::cleanPath(dir));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace

PgBinaries PgBinaries::locate()
{
    PgBinaries result;
    const QString fromEnv = qEnvironmentVariable("DICEDESK_PG_BINDIR");
    if (!fromEnv.isEmpty()) {
        if (!hasServerTools(fromEnv))
            throw RuntimeError(QStringLiteral("PostgreSQL server binaries not found (looked in %1 "
                                              "from DICEDESK_PG_BINDIR); install postgresql-15 or "
                                              "set DICEDESK_PG_BINDIR")
                                   .arg(fromEnv));
        result.m_binDir = QDir::cleanPath(fromEnv);
        result.m_major = majorFromPath(fromEnv);
    } else {
        const QString preferred = QStringLiteral("%1/%2/bin").arg(debianRoot).arg(ExpectedMajor);
        if (hasServerTools(preferred)) {
            result.m_binDir = preferred;
            result.m_major = ExpectedMajor;
        } else {
            QStringList versions = QDir(debianRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
            std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
                return a.toDouble() > b.toDouble();
            });
            for (const QString &version : std::as_const(versions)) {
                const QString dir =
                    debianRoot + QLatin1Char('/') + version + QStringLiteral("/bin");
                if (hasServerTools(dir)) {
                    result.m_binDir = dir;
                    result.m_major = version.toInt();
                    break;
                }
            }
            if (result.m_binDir.isEmpty())
                throw RuntimeError(
                    QStringLiteral(
                        "PostgreSQL server binaries not found (looked in %1 and %2/*/bin); "
                        "install postgresql-15 or set DICEDESK_PG_BINDIR")
                        .arg(preferred, debianRoot));
        }
    }
    if (result.m_major != 0 && result.m_major != ExpectedMajor)
        qCWarning(lcCluster).noquote() << QStringLiteral("using PostgreSQL %1 from %2; DiceDesk is "
                                                         "developed against PostgreSQL %3")
                                              .arg(result.m_major)
                                              .arg(result.m_binDir)
                                              .arg(ExpectedMajor);
    qCDebug(lcCluster).noquote() << "PostgreSQL binaries:" << result.m_binDir;
    return result;
}

QString PgBinaries::tool(const QString &name) const
{
    return m_binDir + QLatin1Char('/') + name;
}

} // namespace dicedesk::db
