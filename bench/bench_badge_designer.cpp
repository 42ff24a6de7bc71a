// The badge designer (issue 6): a colour drag, frame by frame. The real BadgeDesigner is shown
// offscreen (QT_QPA_PLATFORM=offscreen is set unless the caller chose a platform), the fill
// colour dialog is opened from its swatch, and each of the steps sets the dialog's current
// colour (exactly what dragging in the colour plane does: currentColorChanged). A frame is
// measured from the colour change until every preview tile (3 sizes × 4 states) has painted
// the new colour, events processed as the event loop would. Prints figures only: median, p95
// and max per frame, and their ratio to a 16 ms frame budget.
//
//   bench_badge_designer [--steps N] [--shape S] [--icon I] [--label L]
#include "badges/BadgeDesigner.h"
#include "badges/BadgeDesignerColorField.h"
#include "badges/BadgePreviewStrip.h"
#include "badges/BadgePreviewTile.h"
#include "badges/BadgeRenderer.h"

#include <QApplication>
#include <QColorDialog>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace dicedesk;

namespace {

double percentile(std::vector<double> sorted, double p)
{
    if (sorted.empty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    const double rank = p * static_cast<double>(sorted.size() - 1);
    const auto low = static_cast<size_t>(rank);
    const size_t high = std::min(low + 1, sorted.size() - 1);
    return sorted[low] + (sorted[high] - sorted[low]) * (rank - static_cast<double>(low));
}

/// Every tile painted the config the designer holds now.
bool previewPainted(const BadgeDesigner &designer, const std::vector<int> &paintsBefore)
{
    const QList<BadgePreviewTile *> &tiles = designer.preview()->tiles();
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        const BadgePreviewTile *tile = tiles.at(i);
        if (tile->isStale() || tile->paintCount() <= paintsBefore[size_t(i)] ||
            !(tile->config() == designer.config()))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption stepsOption(QStringLiteral("steps"), QStringLiteral("colour steps"),
                                         QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption shapeOption(QStringLiteral("shape"), QStringLiteral("badge shape"),
                                         QStringLiteral("S"), QStringLiteral("shield"));
    const QCommandLineOption iconOption(QStringLiteral("icon"), QStringLiteral("badge icon"),
                                        QStringLiteral("I"), QStringLiteral("trophy"));
    const QCommandLineOption labelOption(QStringLiteral("label"), QStringLiteral("badge label"),
                                         QStringLiteral("L"), QStringLiteral("50"));
    parser.addOptions({stepsOption, shapeOption, iconOption, labelOption});
    parser.process(app);
    const int steps = std::max(1, parser.value(stepsOption).toInt());

    // A busy badge: every layer on, so each frame draws the most.
    BadgeConfig config;
    config.shape = parser.value(shapeOption);
    config.fill = QStringLiteral("#3F51B5");
    config.gradient = true;
    config.gradientTo = QStringLiteral("#1A237E");
    config.gradientAngle = 120;
    config.border = true;
    config.borderColor = QStringLiteral("#FFD54F");
    config.borderWidth = 6;
    config.icon = parser.value(iconOption);
    config.label = parser.value(labelOption);

    BadgeDesigner designer(nullptr);
    designer.setConfig(config);
    designer.resize(1000, 720);
    designer.show();
    if (!QTest::qWaitForWindowExposed(&designer)) {
        std::fprintf(stderr, "the designer was not exposed\n");
        return 1;
    }
    QTest::qWait(50);

    QTest::mouseClick(designer.fillField()->swatchButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return designer.fillField()->colorDialog() != nullptr; }, 5000)) {
        std::fprintf(stderr, "the colour dialog did not open\n");
        return 1;
    }
    QColorDialog *dialog = designer.fillField()->colorDialog();
    if (!QTest::qWaitForWindowExposed(dialog))
        std::fprintf(stderr, "the colour dialog was not exposed\n");
    QTest::qWait(50);

    const QList<BadgePreviewTile *> &tiles = designer.preview()->tiles();
    std::vector<double> frames;
    frames.reserve(size_t(steps));
    const int rendersBefore = designer.preview()->renderCount();
    QElapsedTimer total;
    total.start();
    for (int step = 0; step < steps; ++step) {
        std::vector<int> paints;
        for (const BadgePreviewTile *tile : tiles)
            paints.push_back(tile->paintCount());
        // Around the hue circle, as a drag across the colour plane goes.
        const QColor colour = QColor::fromHsv((step * 7) % 360, 160 + step % 80, 200);
        QElapsedTimer frame;
        frame.start();
        dialog->setCurrentColor(colour);
        while (!previewPainted(designer, paints))
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        frames.push_back(double(frame.nsecsElapsed()) / 1e6);
    }
    const double elapsed = double(total.nsecsElapsed()) / 1e6;
    const int renders = designer.preview()->renderCount() - rendersBefore;
    dialog->accept();
    QCoreApplication::processEvents();

    // The renderer's share: the same twelve renders per step, without widgets.
    std::vector<double> renderOnly;
    renderOnly.reserve(size_t(steps));
    BadgeConfig probe = designer.config();
    for (int step = 0; step < steps; ++step) {
        probe.fill = QColor::fromHsv((step * 11) % 360, 200, 190).name().toUpper();
        QElapsedTimer timer;
        timer.start();
        for (const BadgePreviewTile *tile : tiles)
            (void)BadgeRenderer::render(probe, tile->pixels(), tile->state());
        renderOnly.push_back(double(timer.nsecsElapsed()) / 1e6);
    }

    const double median = percentile(frames, 0.5);
    const double p95 = percentile(frames, 0.95);
    const double max = *std::max_element(frames.begin(), frames.end());
    const int undoSteps = designer.undoStack()->count();
    std::printf("bench_badge_designer: %d colour steps, badge %s/%s/\"%s\", %lld preview tiles, "
                "platform %s\n",
                steps, qPrintable(config.shape), qPrintable(config.icon), qPrintable(config.label),
                static_cast<long long>(tiles.size()), qPrintable(QGuiApplication::platformName()));
    std::printf("  per frame (colour change -> all tiles repainted): median %.2f ms, p95 %.2f ms, "
                "max %.2f ms\n",
                median, p95, max);
    std::printf("  ratio to a 16 ms frame: median %.2f, p95 %.2f\n", median / 16.0, p95 / 16.0);
    std::printf("  of which rendering the 12 images (BadgeRenderer::render alone): median %.2f ms, "
                "p95 %.2f ms\n",
                percentile(renderOnly, 0.5), percentile(renderOnly, 0.95));
    std::printf("  renders per step %.1f, total %.0f ms, undo steps after the drag %d\n",
                double(renders) / steps, elapsed, undoSteps);
    return 0;
}
