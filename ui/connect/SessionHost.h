#pragma once

#include "backend/Backend.h"
#include "connection/ConnectionProfile.h"

#include <QObject>
#include <QPointer>
#include <QUuid>
#include <memory>

namespace dicedesk {

class ConnectDialog;
class MainWindow;
class SecretStore;

/// Owns the open backend and the main window that shows it, and runs the start flow around
/// them: the connect dialog at start-up, `--profile` (password from the keychain), and
/// File > Switch connection, which replaces window and backend once the new connection is
/// open (cancelling keeps the old ones).
class SessionHost : public QObject
{
    Q_OBJECT

public:
    /// @param secrets the keychain; must outlive the host.
    explicit SessionHost(SecretStore *secrets, QObject *parent = nullptr);
    ~SessionHost() override;

    MainWindow *window() const { return m_window.get(); }
    Backend *backend() const { return m_backend.get(); }
    /// The profile the current window was opened with (null for `--dsn`).
    const QUuid &profileId() const { return m_profileId; }
    /// The connect dialog while it is shown, else null.
    ConnectDialog *connectDialog() const;

    /// Opens a main window on @p backend and starts its session. A window shown before is
    /// closed and deleted after the new one is shown, then its backend.
    MainWindow *open(std::unique_ptr<Backend> backend, const QUuid &profileId = {});
    /// Shows the connect dialog with @p select chosen; on success opens the new connection.
    /// Cancelled with no window open yet, the application quits.
    void connectInteractively(const QUuid &select);
    /// `--profile`: connects straight away, with the password from the keychain when the
    /// profile remembers one. If the profile has problems or the keychain cannot be read,
    /// the dialog is shown instead (or, with @p unattended, it connects without a
    /// password and the window reports what failed).
    void openProfile(const ConnectionProfile &profile, bool unattended);

Q_SIGNALS:
    /// A new window exists and is about to be shown and started.
    void windowCreated(dicedesk::MainWindow *window);

private:
    void openWithPassword(const ConnectionProfile &profile, const QString &password,
                          bool unattended);

    SecretStore *m_secrets;
    // Declared before the window: the window goes first, then the backend it shows.
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<MainWindow> m_window;
    QUuid m_profileId;
    QPointer<ConnectDialog> m_dialog;
};

} // namespace dicedesk
