// The badge renderer alone, as the designer uses it while a colour is dragged: per step the fill
// changes and the preview set (3 sizes x 4 states) is rendered again. Prints the median and the
// 95th percentile per frame and their ratio to the 16 ms frame budget (figures, no assertions).
//
//   QT_QPA_PLATFORM=offscreen <build>/bench/bench_badge_render [steps]

#include "badges/BadgeConfig.h"
#include "badges/BadgeRenderer.h"

#include <QColor>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace dicedesk;

namespace {

constexpr double kBudgetMs = 16.0;
const int kSizes[] = {32, 64, 128};
const BadgeState kStates[] = {BadgeState::Unlocked, BadgeState::Locked, BadgeState::LockedWithHint,
                              BadgeState::EasterEgg};

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(p * double(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const int steps = argc > 1 ? std::max(1, atoi(argv[1])) : 120;

    // A busy badge: gradient, border, icon and label on the shape with the most corners.
    BadgeConfig config;
    config.shape = QStringLiteral("ribbon");
    config.gradient = true;
    config.gradientTo = QStringLiteral("#E65100");
    config.gradientAngle = 120;
    config.border = true;
    config.borderColor = QStringLiteral("#FFF8E1");
    config.borderWidth = 5;
    config.icon = QStringLiteral("trophy");
    config.label = QStringLiteral("2024");

    std::vector<double> frames;
    frames.reserve(size_t(steps));
    qint64 checksum = 0;
    double first = 0;
    for (int step = 0; step < steps; ++step) {
        config.fill = QColor::fromHsv((step * 3) % 360, 200, 230).name().toUpper();
        QElapsedTimer timer;
        timer.start();
        for (int pixels : kSizes) {
            for (BadgeState state : kStates) {
                const QImage image = BadgeRenderer::render(config, pixels, state);
                checksum += image.pixel(pixels / 2, pixels / 2);
            }
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (step == 0)
            first = ms;
        frames.push_back(ms);
    }
    const double median = percentile(frames, 0.5);
    const double p95 = percentile(frames, 0.95);
    std::printf("bench_badge_render: %d colour steps, preview set 3 sizes (32/64/128 px) x 4 "
                "states = 12 badges per frame\n",
                steps);
    std::printf("  first frame (cold caches): %.2f ms\n", first);
    std::printf("  median per frame:          %.2f ms (%.0f %% of the %.0f ms budget)\n", median,
                100 * median / kBudgetMs, kBudgetMs);
    std::printf("  p95 per frame:             %.2f ms (%.0f %% of the %.0f ms budget)\n", p95,
                100 * p95 / kBudgetMs, kBudgetMs);
    std::printf("  max per frame:             %.2f ms\n", percentile(frames, 1.0));
    std::printf("  (checksum %lld)\n", static_cast<long long>(checksum));
    return 0;
}
