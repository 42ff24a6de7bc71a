#pragma once

#include <QDate>
#include <QString>

namespace dicedesk::db {

struct SeedOptions
{
    static constexpr qint64 MaxEvents = 100000000;

    qint64 events = 200000; // dicedesk.scale_events
    qint64 seed = 42;       // dicedesk.seed
    QDate anchor;           // dicedesk.anchor (default: today, UTC)
    QString dir;

    // small=200000, medium=1000000, large=10000000, or a positive count up to MaxEvents.
    // Throws UsageError.
    static qint64 parseScale(const QString &scale);
    static bool isScale(const QString &text);
    static qint64 parseSeed(const QString &seed);
    static QDate parseAnchor(const QString &anchor);
    // $DICEDESK_SEED_DIR, else the db/seed folder of the source tree (compiled in).
    static QString defaultDir();
};

} // namespace dicedesk::db
