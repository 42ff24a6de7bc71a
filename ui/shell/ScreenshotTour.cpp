#include "ScreenshotTour.h"

#include "Logging.h"
#include "MainWindow.h"
#include "panes/Pane.h"

#include <QDir>
#include <QPixmap>
#include <QTimer>
#include <cstdio>

namespace dicedesk {

namespace {
constexpr int kPaneTimeoutMs = 60000;
constexpr int kSettleDelayMs = 150; // let layouts and charts finish their first paint
} // namespace

ScreenshotTour::ScreenshotTour(MainWindow *window, QString directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(std::move(directory))
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        qCWarning(lcTour) << "pane" << m_next << "did not settle in time";
        ++m_failures;
        capture();
    });
}

void ScreenshotTour::start()
{
    if (!QDir().mkpath(m_directory)) {
        qCCritical(lcTour) << "cannot create" << m_directory;
        finish(2);
        return;
    }
    connect(m_window, &MainWindow::sessionFailed, this, [this](const QString &message) {
        std::fprintf(stderr, "dicedesk: %s\n", qPrintable(message));
        const QString file = QDir(m_directory).filePath(QStringLiteral("00-connection-error.png"));
        m_window->grab().save(file);
        finish(1);
    });
    connect(m_window, &MainWindow::sessionReady, this, [this] {
        if (m_window->panes().isEmpty()) {
            std::fprintf(stderr, "dicedesk: this login has no panes to show\n");
            finish(1);
            return;
        }
        shootNext();
    });
}

void ScreenshotTour::shootNext()
{
    if (m_next >= m_window->panes().size()) {
        finish(m_failures == 0 ? 0 : 1);
        return;
    }
    m_window->selectPane(m_next);
    Pane *pane = m_window->panes().at(m_next);
    if (pane->isSettled()) {
        QTimer::singleShot(kSettleDelayMs, this, &ScreenshotTour::capture);
        return;
    }
    m_deadline->start(kPaneTimeoutMs);
    connect(pane, &Pane::settled, this, [this, pane] {
        disconnect(pane, &Pane::settled, this, nullptr);
        m_deadline->stop();
        QTimer::singleShot(kSettleDelayMs, this, &ScreenshotTour::capture);
    });
}

void ScreenshotTour::capture()
{
    Pane *pane = m_window->panes().at(m_next);
    const QString name =
        QStringLiteral("%1-%2.png").arg(m_next + 1, 2, 10, QLatin1Char('0')).arg(pane->paneId());
    const QString file = QDir(m_directory).filePath(name);
    if (!m_window->grab().save(file)) {
        qCWarning(lcTour) << "could not write" << file;
        ++m_failures;
    } else {
        std::printf("%s\n", qPrintable(QDir::toNativeSeparators(file)));
        std::fflush(stdout);
    }
    ++m_next;
    shootNext();
}

void ScreenshotTour::finish(int exitCode)
{
    Q_EMIT finished(exitCode);
}

} // namespace dicedesk
