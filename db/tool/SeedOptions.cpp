#include "SeedOptions.h"

#include "CliErrors.h"

#include <QDateTime>
#include <QRegularExpression>

namespace dicedesk::db {

qint64 SeedOptions::parseScale(const QString &scale)
{
    if (scale == QLatin1String("small"))
        return 200000;
    if (scale == QLatin1String("medium"))
        return 1000000;
    if (scale == QLatin1String("large"))
        return 10000000;
    static const QRegularExpression digits(QStringLiteral("^\\d{1,12}$"));
    if (digits.match(scale).hasMatch()) {
        const qint64 events = scale.toLongLong();
        if (events >= 1 && events <= MaxEvents)
            return events;
    }
    throw UsageError(
        QStringLiteral("--scale must be small, medium, large or an event count from 1 to "
                       "%1, not '%2'")
            .arg(MaxEvents)
            .arg(scale));
}

bool SeedOptions::isScale(const QString &text)
{
    try {
        parseScale(text);
        return true;
    } catch (const UsageError &) {
        return false;
    }
}

qint64 SeedOptions::parseSeed(const QString &seed)
{
    bool ok = false;
    const qint64 value = seed.toLongLong(&ok);
    if (!ok)
        throw UsageError(QStringLiteral("--seed must be an integer, not '%1'").arg(seed));
    return value;
}

QDate SeedOptions::parseAnchor(const QString &anchor)
{
    static const QRegularExpression format(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(anchor, Qt::ISODate);
    if (!format.match(anchor).hasMatch() || !date.isValid())
        throw UsageError(
            QStringLiteral("--anchor must be a date YYYY-MM-DD, not '%1'").arg(anchor));
    return date;
}

QString SeedOptions::defaultDir()
{
    const QString fromEnv = qEnvironmentVariable("DICEDESK_SEED_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(DICEDESK_DEFAULT_SEED_DIR) : fromEnv;
}

} // namespace dicedesk::db
