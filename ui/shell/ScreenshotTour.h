#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace dicedesk {

class MainWindow;

/// Renders every pane the user can see to DIR/NN-<pane>.png once its data has settled, then
/// finishes. Used by `dicedesk --screenshot-tour DIR` and by scripts/demo on headless boxes.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(MainWindow *window, QString directory, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    /// exitCode 0 when every pane was written with data, non-zero otherwise.
    void finished(int exitCode);

private:
    void shootNext();
    void capture();
    void finish(int exitCode);

    MainWindow *m_window;
    QString m_directory;
    int m_next = 0;
    int m_failures = 0;
    QTimer *m_deadline;
};

} // namespace dicedesk
