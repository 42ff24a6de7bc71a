#include "Dsn.h"

namespace dicedesk::db {

QString conninfoValue(const QString &value)
{
    bool needsQuotes = value.isEmpty();
    for (const QChar c : value) {
        if (c.isSpace() || c == QLatin1Char('\'') || c == QLatin1Char('\\'))
            needsQuotes = true;
    }
    if (!needsQuotes)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString socketDsn(const QString &socketDir, int port, const QString &dbname, const QString &user)
{
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
        .arg(conninfoValue(socketDir), QString::number(port), conninfoValue(dbname),
             conninfoValue(user));
}

} // namespace dicedesk::db

#include <QProcessEnvironment>

namespace dicedesk::db {

void unsetPgEnvironment()
{
    for (const QString &key : QProcessEnvironment::systemEnvironment().keys()) {
        if (key.startsWith(QLatin1String("PG")))
            qunsetenv(key.toLocal8Bit().constData());
    }
}

} // namespace dicedesk::db
