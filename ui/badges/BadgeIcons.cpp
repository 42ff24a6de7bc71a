#include "BadgeIcons.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QSvgRenderer>
#include <memory>

namespace dicedesk::BadgeIcons {

namespace {

const QString kIconDir = QStringLiteral(":/badges/icons");
constexpr qsizetype kMaxCachedRenderers = 96;

} // namespace

QStringList bundledNames()
{
    QStringList names;
    const QStringList files =
        QDir(kIconDir).entryList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names.append(file.chopped(4));
    names.sort();
    return names;
}

QByteArray source(const QString &name)
{
    if (name.isEmpty() || name.contains(QLatin1Char('/')))
        return {};
    QFile file(kIconDir + QLatin1Char('/') + name + QStringLiteral(".svg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void paint(QPainter &painter, const QString &name, const QRectF &box, const QColor &colour)
{
    // QSvgRenderer is a QObject and not safe to share between threads: each thread keeps its own.
    thread_local QHash<QString, QByteArray> sources;
    thread_local QHash<QString, std::shared_ptr<QSvgRenderer>> renderers;
    if (name.isEmpty() || colour.alpha() == 0)
        return;
    const QString key = name + QLatin1Char('|') + colour.name(QColor::HexRgb);
    auto it = renderers.find(key);
    if (it == renderers.end()) {
        auto sourceIt = sources.find(name);
        if (sourceIt == sources.end())
            sourceIt = sources.insert(name, source(name));
        if (sourceIt->isEmpty())
            return;
        QByteArray svg = *sourceIt;
        svg.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
        if (renderers.size() >= kMaxCachedRenderers)
            renderers.clear();
        it = renderers.insert(key, std::make_shared<QSvgRenderer>(svg));
    }
    if (!(*it)->isValid())
        return;
    painter.save();
    painter.setOpacity(painter.opacity() * colour.alphaF());
    (*it)->render(&painter, box);
    painter.restore();
}

} // namespace dicedesk::BadgeIcons
