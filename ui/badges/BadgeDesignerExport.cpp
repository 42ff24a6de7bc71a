#include "BadgeDesignerExport.h"

#include "BadgeDesignerLogging.h"
#include "BadgeRenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace dicedesk::BadgeDesignerExport {

namespace {

/// The translation context of the texts below (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BadgeDesignerExport)
};

QString write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcBadgeDesigner) << "cannot write" << path << file.errorString();
        //: %1 is the file name, %2 the system's reason
        return Text::tr("%1 could not be written: %2")
            .arg(QFileInfo(path).fileName(), file.errorString());
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        qCWarning(lcBadgeDesigner) << "writing" << path << "failed:" << file.errorString();
        return Text::tr("%1 could not be written: %2")
            .arg(QFileInfo(path).fileName(), file.errorString());
    }
    return {};
}

} // namespace

QString writePng(const QString &path, const BadgeConfig &config, int pixels)
{
    const QImage image = BadgeRenderer::render(config, pixels);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG"))
        return Text::tr("The badge could not be drawn as a PNG image.");
    return write(path, bytes);
}

QString writeSvg(const QString &path, const BadgeConfig &config, int pixels)
{
    const QByteArray svg = BadgeRenderer::renderSvg(config, pixels);
    if (svg.isEmpty())
        return Text::tr("The badge could not be drawn as an SVG image.");
    return write(path, svg);
}

} // namespace dicedesk::BadgeDesignerExport
