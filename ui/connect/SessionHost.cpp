#include "SessionHost.h"

#include "ConnectDialog.h"
#include "ConnectLogging.h"
#include "backend/pg/PgBackend.h"
#include "connection/SecretStore.h"
#include "shell/MainWindow.h"

#include <QApplication>

namespace dicedesk {

SessionHost::SessionHost(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{}

SessionHost::~SessionHost()
{
    delete m_dialog;
    m_window.reset();
    m_backend.reset();
}

ConnectDialog *SessionHost::connectDialog() const
{
    return m_dialog.data();
}

MainWindow *SessionHost::open(std::unique_ptr<Backend> backend, const QUuid &profileId)
{
    auto window = std::make_unique<MainWindow>(backend.get());
    connect(window.get(), &MainWindow::switchConnectionRequested, this,
            [this] { connectInteractively(m_profileId); });
    MainWindow *shown = window.get();
    Q_EMIT windowCreated(shown);

    std::unique_ptr<MainWindow> oldWindow = std::move(m_window);
    std::unique_ptr<Backend> oldBackend = std::move(m_backend);
    m_window = std::move(window);
    m_backend = std::move(backend);
    m_profileId = profileId;
    shown->show();
    shown->start();
    QApplication::setQuitOnLastWindowClosed(true);

    if (oldWindow) {
        qCInfo(lcConnect) << "replacing the window of" << oldBackend->endpointLabel();
        // The switch was asked for from inside the old window: delete it once control has
        // left it, and its backend only after the window (and its panes) are gone.
        MainWindow *retired = oldWindow.release();
        Backend *retiredBackend = oldBackend.release();
        connect(retired, &QObject::destroyed, this, [retiredBackend] { delete retiredBackend; });
        retired->close();
        retired->deleteLater();
    }
    return shown;
}

void SessionHost::connectInteractively(const QUuid &select)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    const bool starting = !m_window;
    if (starting) // no window yet: closing the dialog must not end the application by itself
        QApplication::setQuitOnLastWindowClosed(false);
    auto *dialog = new ConnectDialog(m_secrets, m_window.get());
    m_dialog = dialog;
    if (!select.isNull())
        dialog->selectProfile(select);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        dialog->deleteLater();
        if (result == QDialog::Accepted) {
            if (std::unique_ptr<Backend> backend = dialog->takeBackend()) {
                open(std::move(backend), dialog->connectedProfile().id);
                return;
            }
        }
        if (!m_window) {
            qCInfo(lcConnect) << "no connection chosen; quitting";
            QApplication::quit();
        }
    });
    if (m_window)
        dialog->open(); // window-modal over the current window
    else
        dialog->show();
}

void SessionHost::openProfile(const ConnectionProfile &profile, bool unattended)
{
    if (!profile.problems().isEmpty()) {
        qCWarning(lcConnect).noquote()
            << "profile" << profile.name << "cannot be used:" << profile.problems().join(u' ');
        if (!unattended) {
            connectInteractively(profile.id);
            return;
        }
    }
    if (!profile.rememberPassword || profile.builtIn || !m_secrets) {
        openWithPassword(profile, {}, unattended);
        return;
    }
    QApplication::setQuitOnLastWindowClosed(false);
    m_secrets->readPassword(profile.id)
        .then(this, [this, profile, unattended](const SecretResult &result) {
            if (result.ok() || result.error.kind() == SecretError::Kind::NotFound || unattended) {
                if (!result.ok())
                    qCWarning(lcConnect)
                        << "no saved password for" << profile.id << ":" << result.error.detail();
                openWithPassword(profile, result.password, unattended);
            } else {
                connectInteractively(profile.id); // the dialog says what is wrong
            }
        });
}

void SessionHost::openWithPassword(const ConnectionProfile &profile, const QString &password,
                                   bool unattended)
{
    ConnectionOptions options;
    try {
        options = profile.toOptions(password);
    } catch (const std::exception &error) {
        qCWarning(lcConnect) << "profile" << profile.id << "cannot be used:" << error.what();
        if (unattended)
            QApplication::exit(2);
        else
            connectInteractively(profile.id);
        return;
    }
    open(std::make_unique<pg::PgBackend>(options), profile.id);
}

} // namespace dicedesk
