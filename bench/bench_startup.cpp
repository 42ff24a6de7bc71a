// Start-up to an interactive window, without connecting: from process start (the kernel's
// start time of this process) and from main() to the moment the main window has painted and
// the event loop is idle, ready for input. Prints one line; bench/startup.sh takes medians.
#include "backend/pg/PgBackend.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

/// Milliseconds since this process was started, from /proc (10 ms resolution).
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Field 22 (starttime, clock ticks since boot) counts from after the ")" of the name.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble();
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
    return nowMs - startTicks * 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
}

/// Notes the first paint of the window.
class PaintWatcher : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DiceDesk-bench"));
    QApplication::setApplicationName(QStringLiteral("DiceDesk-bench"));

    // Never opened: the figure excludes connecting, as the issue asks.
    dicedesk::pg::PgBackend backend(QStringLiteral("host=/nonexistent dbname=none"));
    dicedesk::MainWindow window(&backend);
    PaintWatcher watcher;
    window.installEventFilter(&watcher);
    window.resize(1280, 800);
    window.show();

    double fromMain = -1;
    double fromProcess = -1;
    auto *idle = new QTimer(&app);
    idle->setInterval(0);
    QObject::connect(idle, &QTimer::timeout, &app, [&] {
        if (!watcher.painted || !window.isVisible())
            return;
        fromMain = static_cast<double>(sinceMain.nsecsElapsed()) / 1e6;
        fromProcess = msSinceProcessStart();
        QApplication::quit();
    });
    idle->start();
    QApplication::exec();
    std::printf("interactive_from_main_ms %.1f\ninteractive_from_process_start_ms %.0f\n", fromMain,
                fromProcess);
    return fromMain < 0 ? 1 : 0;
}
