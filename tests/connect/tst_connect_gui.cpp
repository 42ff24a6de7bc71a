// The connect dialog offscreen, against a real PostgreSQL (`dicedesk-db sandbox --migrate
// --tcp`: password logins over 127.0.0.1) and a real keychain (with_keyring.sh: gnome-keyring
// over a private D-Bus session), or with no keychain reachable (with_keyring.sh
// --no-keychain). CTest runs the keychain cases and the no-keychain case as two entries.
#include "ConnectFixture.h"
#include "backend/BackendError.h"
#include "backend/pg/PgBackend.h"
#include "connect/ConnectDialog.h"
#include "connect/SessionHost.h"
#include "connection/KeychainSecretStore.h"
#include "connection/ProfileStore.h"
#include "shell/MainWindow.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <qt6keychain/keychain.h>

using namespace dicedesk;
using test::ConnectFixture;

namespace {

constexpr int kTimeoutMs = 20000;

bool keychainPresent()
{
    return qEnvironmentVariable("DICEDESK_TEST_KEYCHAIN") == QLatin1String("present");
}

bool keychainAbsent()
{
    return qEnvironmentVariable("DICEDESK_TEST_KEYCHAIN") == QLatin1String("absent");
}

/// Types @p text into @p widget as key events carrying the characters (non-ASCII included),
/// so the widget sees what a user's typing produces (textEdited, not setText).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

/// Clears a line edit the way a user does, then types.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    typeText(edit, text);
}

/// What the keychain holds for a profile, asked directly through QtKeychain.
struct KeychainEntry
{
    QKeychain::Error error = QKeychain::OtherError;
    QString password;
};

KeychainEntry readKeychain(const QUuid &profile)
{
    auto *job = new QKeychain::ReadPasswordJob(QLatin1String(KeychainSecretStore::kService));
    job->setKey(KeychainSecretStore::keyFor(profile));
    job->setAutoDelete(false);
    QSignalSpy finished(job, &QKeychain::Job::finished);
    job->start();
    KeychainEntry entry;
    if (finished.wait(kTimeoutMs)) {
        entry.error = job->error();
        entry.password = job->textData();
    }
    delete job;
    return entry;
}

} // namespace

class TestConnectGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    KeychainSecretStore m_secrets;
    QUuid m_profileId; ///< the profile createProfileAndConnect saves

    std::unique_ptr<ConnectDialog> openDialog()
    {
        auto dialog = std::make_unique<ConnectDialog>(&m_secrets);
        dialog->show();
        dialog->activateWindow();
        if (!QTest::qWaitForWindowActive(dialog.get()))
            qWarning() << "the dialog did not become active";
        return dialog;
    }

    template<typename T> static T *field(ConnectDialog *dialog, const char *name)
    {
        T *widget = dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s in the connect dialog", name);
        return widget;
    }

    /// Fills the form of the selected (new) profile for the sandbox over TCP.
    void fillTcpProfile(ConnectDialog *dialog, const QString &name)
    {
        retype(field<QLineEdit>(dialog, "profileName"), name);
        field<QComboBox>(dialog, "connectionType")->setCurrentIndex(0);
        retype(field<QLineEdit>(dialog, "host"), ConnectFixture::tcpHost());
        auto *port = field<QSpinBox>(dialog, "port");
        port->setFocus();
        port->selectAll();
        typeText(port, QString::number(ConnectFixture::port()));
        retype(field<QLineEdit>(dialog, "database"), QStringLiteral("dicedesk"));
        retype(field<QLineEdit>(dialog, "user"), QLatin1String(ConnectFixture::login));
    }

    /// Presses Enter in the password field; true if the dialog was accepted, false if the
    /// attempt failed (or nothing happened in time).
    /// @p message receives the dialog's message while the dialog still exists (a dialog the
    /// session host owns is deleted once it is accepted).
    static bool pressEnterAndWait(ConnectDialog *dialog, QString *message = nullptr)
    {
        const QPointer<ConnectDialog> guard(dialog);
        QSignalSpy accepted(dialog, &QDialog::accepted);
        QSignalSpy failed(dialog, &ConnectDialog::connectFailed);
        auto *password = field<QLineEdit>(dialog, "password");
        password->setFocus();
        QTest::keyClick(password, Qt::Key_Return);
        const bool answered =
            QTest::qWaitFor([&] { return accepted.count() + failed.count() > 0; }, kTimeoutMs);
        if (message)
            *message = guard ? guard->messageText() : QString();
        return answered && accepted.count() == 1;
    }

    /// Waits for the keychain read the dialog starts when a profile is selected.
    static SecretError::Kind waitKeychainRead(QSignalSpy &checked)
    {
        if (checked.isEmpty() && !checked.wait(kTimeoutMs))
            return SecretError::Kind::Other;
        return checked.takeFirst().at(0).value<SecretError::Kind>();
    }

    QString settingsFileText() const
    {
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("DiceDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_connect_gui"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        qRegisterMetaType<SecretError::Kind>();
        try {
            ConnectFixture::install();
        } catch (const std::exception &error) {
            QFAIL(error.what());
        }
    }

    void createProfileAndConnect()
    {
        if (!keychainPresent())
            QSKIP("needs the keychain of with_keyring.sh");
        auto dialog = openDialog();
        auto *list = field<QListWidget>(dialog.get(), "profileList");
        QCOMPARE(list->count(), 1); // nothing saved yet: only the built-in demo
        QCOMPARE(dialog->currentProfileId(), ProfileStore::localDemoId());

        QTest::mouseClick(field<QPushButton>(dialog.get(), "newProfile"), Qt::LeftButton);
        QCOMPARE(list->count(), 2);
        QVERIFY(dialog->currentProfileId() != ProfileStore::localDemoId());
        m_profileId = dialog->currentProfileId();
        fillTcpProfile(dialog.get(), QStringLiteral("Sandbox over TCP"));
        auto *remember = field<QCheckBox>(dialog.get(), "rememberPassword");
        QVERIFY(remember->isEnabled());
        remember->setChecked(false);
        typeText(field<QLineEdit>(dialog.get(), "password"), ConnectFixture::password());

        QVERIFY2(pressEnterAndWait(dialog.get()), qPrintable(dialog->messageText()));
        std::unique_ptr<Backend> backend = dialog->takeBackend();
        QVERIFY(backend);
        QCOMPARE(backend->state(), Backend::State::Connected);
        QCOMPARE(backend->endpointLabel(), QStringLiteral("Sandbox over TCP"));

        const std::optional<ConnectionProfile> saved = ProfileStore().find(m_profileId);
        QVERIFY(saved);
        QCOMPARE(saved->name, QStringLiteral("Sandbox over TCP"));
        QCOMPARE(saved->mode, ConnectionProfile::Mode::Tcp);
        QCOMPARE(saved->host, ConnectFixture::tcpHost());
        QCOMPARE(saved->port, ConnectFixture::port());
        QCOMPARE(saved->user, QLatin1String(ConnectFixture::login));
        QVERIFY(!saved->rememberPassword);
        QCOMPARE(ProfileStore().lastUsedId(), m_profileId);
        QCOMPARE(readKeychain(m_profileId).error, QKeychain::EntryNotFound);
        QVERIFY(!settingsFileText().contains(ConnectFixture::password()));

        // The start flow: the window opens its session on the handed-over backend.
        MainWindow window(backend.get());
        QSignalSpy ready(&window, &MainWindow::sessionReady);
        QSignalSpy failed(&window, &MainWindow::sessionFailed);
        window.show();
        window.start();
        QVERIFY(QTest::qWaitFor([&] { return ready.count() + failed.count() > 0; }, kTimeoutMs));
        QVERIFY2(failed.isEmpty(), qPrintable(window.sessionError()));
        QCOMPARE(window.identity().email, QLatin1String(ConnectFixture::userEmail));
    }

    void wrongPassword()
    {
        if (!keychainPresent())
            QSKIP("needs the keychain of with_keyring.sh");
        QVERIFY2(!m_profileId.isNull(), "createProfileAndConnect runs first");
        auto dialog = openDialog();
        QSignalSpy checked(dialog.get(), &ConnectDialog::keychainChecked);
        QCOMPARE(dialog->currentProfileId(), m_profileId); // the last used one
        auto *remember = field<QCheckBox>(dialog.get(), "rememberPassword");
        QVERIFY(!remember->isChecked());
        remember->setChecked(true); // remember it, if the login works: it will not
        QCOMPARE(waitKeychainRead(checked), SecretError::Kind::NotFound);

        auto *password = field<QLineEdit>(dialog.get(), "password");
        const QString wrong = QStringLiteral("not the password");
        typeText(password, wrong);
        QVERIFY(!pressEnterAndWait(dialog.get()));

        const QString expected = BackendError(BackendError::Kind::Authentication, {}).userMessage();
        QVERIFY2(dialog->messageText().contains(expected), qPrintable(dialog->messageText()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected)); // not accepted
        QVERIFY(!dialog->isConnecting());
        QVERIFY(dialog->takeBackend() == nullptr);
        QTRY_VERIFY(password->hasFocus());
        QCOMPARE(password->selectedText(), wrong); // ready to be typed over

        QCOMPARE(readKeychain(m_profileId).error, QKeychain::EntryNotFound);
        QVERIFY(!ProfileStore().find(m_profileId)->rememberPassword); // nothing saved
    }

    void keychainRoundTrip()
    {
        if (!keychainPresent())
            QSKIP("needs the keychain of with_keyring.sh");
        QVERIFY2(!m_profileId.isNull(), "createProfileAndConnect runs first");
        {
            // Remember: the password goes to the keychain when the login works.
            auto dialog = openDialog();
            QCOMPARE(dialog->currentProfileId(), m_profileId);
            field<QCheckBox>(dialog.get(), "rememberPassword")->setChecked(true);
            typeText(field<QLineEdit>(dialog.get(), "password"), ConnectFixture::password());
            QVERIFY2(pressEnterAndWait(dialog.get()), qPrintable(dialog->messageText()));
            QVERIFY(dialog->takeBackend());
        }
        const KeychainEntry stored = readKeychain(m_profileId);
        QCOMPARE(stored.error, QKeychain::NoError);
        QCOMPARE(stored.password, ConnectFixture::password());
        QVERIFY(ProfileStore().find(m_profileId)->rememberPassword);
        QVERIFY(!settingsFileText().contains(ConnectFixture::password()));

        {
            // A fresh dialog fills the password in from the keychain, and it connects.
            auto dialog = openDialog();
            QSignalSpy checked(dialog.get(), &ConnectDialog::keychainChecked);
            QCOMPARE(dialog->currentProfileId(), m_profileId);
            QCOMPARE(waitKeychainRead(checked), SecretError::Kind::None);
            QCOMPARE(field<QLineEdit>(dialog.get(), "password")->text(),
                     ConnectFixture::password());
            QVERIFY(dialog->messageText().isEmpty());
            QSignalSpy accepted(dialog.get(), &QDialog::accepted);
            QTest::mouseClick(field<QPushButton>(dialog.get(), "connectButton"), Qt::LeftButton);
            QVERIFY(accepted.wait(kTimeoutMs));
            std::unique_ptr<Backend> backend = dialog->takeBackend();
            QVERIFY(backend);
            QCOMPARE(backend->state(), Backend::State::Connected);
        }
        {
            // Unticking "remember" removes the saved password after the next good login.
            auto dialog = openDialog();
            QSignalSpy checked(dialog.get(), &ConnectDialog::keychainChecked);
            QCOMPARE(waitKeychainRead(checked), SecretError::Kind::None);
            field<QCheckBox>(dialog.get(), "rememberPassword")->setChecked(false);
            QCOMPARE(readKeychain(m_profileId).error, QKeychain::NoError); // not yet
            QVERIFY2(pressEnterAndWait(dialog.get()), qPrintable(dialog->messageText()));
            QVERIFY(dialog->takeBackend());
        }
        QCOMPARE(readKeychain(m_profileId).error, QKeychain::EntryNotFound);
        QVERIFY(!ProfileStore().find(m_profileId)->rememberPassword);
    }

    void startFlowAndSwitchConnection()
    {
        if (!keychainPresent())
            QSKIP("needs the keychain of with_keyring.sh");
        QVERIFY2(!m_profileId.isNull(), "createProfileAndConnect runs first");
        SessionHost host(&m_secrets);
        host.connectInteractively(m_profileId); // what main() does without --dsn/--profile
        ConnectDialog *dialog = host.connectDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->currentProfileId(), m_profileId);
        typeText(field<QLineEdit>(dialog, "password"), ConnectFixture::password());
        {
            QString why;
            const bool connected = pressEnterAndWait(dialog, &why);
            QVERIFY2(connected, qPrintable(why));
        }
        QPointer<MainWindow> first = host.window();
        QVERIFY(first);
        QVERIFY(first->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(first->identity().email, QLatin1String(ConnectFixture::userEmail),
                                  kTimeoutMs);
        QPointer<Backend> firstBackend = host.backend();
        QCOMPARE(host.profileId(), m_profileId);

        // File > Switch connection, then Cancel: the window and its connection stay.
        Q_EMIT first->switchConnectionRequested();
        dialog = host.connectDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!host.connectDialog());
        QCOMPARE(host.window(), first.data());
        QCOMPARE(host.backend(), firstBackend.data());
        QVERIFY(first->isVisible());

        // Switch again and connect: a new window replaces the old one, which goes with its
        // backend once the new one is shown.
        Q_EMIT first->switchConnectionRequested();
        dialog = host.connectDialog();
        QVERIFY(dialog);
        typeText(field<QLineEdit>(dialog, "password"), ConnectFixture::password());
        {
            QString why;
            const bool connected = pressEnterAndWait(dialog, &why);
            QVERIFY2(connected, qPrintable(why));
        }
        QVERIFY(host.window());
        QVERIFY(host.window() != first.data());
        QVERIFY(host.window()->isVisible());
        QTRY_VERIFY(first.isNull());
        QTRY_VERIFY(firstBackend.isNull());
        QTRY_COMPARE_WITH_TIMEOUT(host.window()->identity().email,
                                  QLatin1String(ConnectFixture::userEmail), kTimeoutMs);
    }

    void cancelWhileConnecting()
    {
        // A "server" that accepts connections and never answers: libpq waits for it.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> waiting;
        connect(&silent, &QTcpServer::newConnection, &silent, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                waiting << socket;
        });
        int created = 0;
        int destroyed = 0;
        auto dialog = openDialog();
        dialog->setBackendFactory([&](const ConnectionOptions &options) -> Backend * {
            auto *backend = new pg::PgBackend(options);
            ++created;
            connect(backend, &QObject::destroyed, [&destroyed] { ++destroyed; });
            return backend;
        });
        QTest::mouseClick(field<QPushButton>(dialog.get(), "newProfile"), Qt::LeftButton);
        retype(field<QLineEdit>(dialog.get(), "profileName"), QStringLiteral("Silent server"));
        retype(field<QLineEdit>(dialog.get(), "host"), QStringLiteral("127.0.0.1"));
        auto *port = field<QSpinBox>(dialog.get(), "port");
        port->setValue(silent.serverPort());
        retype(field<QLineEdit>(dialog.get(), "database"), QStringLiteral("dicedesk"));
        retype(field<QLineEdit>(dialog.get(), "user"), QStringLiteral("nobody"));
        const QUuid id = dialog->currentProfileId();

        QTest::mouseClick(field<QPushButton>(dialog.get(), "connectButton"), Qt::LeftButton);
        QVERIFY(dialog->isConnecting());
        QVERIFY(field<QWidget>(dialog.get(), "connectProgress")->isVisible());
        QVERIFY(!field<QWidget>(dialog.get(), "profileList")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!waiting.isEmpty(), kTimeoutMs); // libpq is waiting now

        QSignalSpy rejected(dialog.get(), &QDialog::rejected);
        QTest::mouseClick(field<QPushButton>(dialog.get(), "cancelButton"), Qt::LeftButton);
        QVERIFY(!dialog->isConnecting());
        QVERIFY(dialog->isVisible()); // cancelling the attempt keeps the dialog
        QVERIFY(rejected.isEmpty());
        QVERIFY2(dialog->messageText().contains(QLatin1String("cancelled")),
                 qPrintable(dialog->messageText()));
        QVERIFY(field<QWidget>(dialog.get(), "profileList")->isEnabled());
        QVERIFY(!ProfileStore().find(id)); // nothing saved

        // The abandoned backend goes away once its server answers (here: hangs up).
        QCOMPARE(created, 1);
        QCOMPARE(destroyed, 0);
        qDeleteAll(waiting);
        waiting.clear();
        QTRY_COMPARE_WITH_TIMEOUT(destroyed, 1, kTimeoutMs);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isConnecting());
        QVERIFY(!dialog->takeBackend());
    }

    void problemsShownInline()
    {
        if (!keychainPresent())
            QSKIP("needs the keychain of with_keyring.sh");
        auto dialog = openDialog();
        QSignalSpy failed(dialog.get(), &ConnectDialog::connectFailed);
        QTest::mouseClick(field<QPushButton>(dialog.get(), "newProfile"), Qt::LeftButton);
        const QUuid draft = dialog->currentProfileId();
        retype(field<QLineEdit>(dialog.get(), "profileName"), QStringLiteral("sandbox OVER tcp"));
        field<QComboBox>(dialog.get(), "sslMode")->setCurrentIndex(5); // verify-full
        QVERIFY(field<QWidget>(dialog.get(), "caFile")->isEnabled());
        field<QCheckBox>(dialog.get(), "operatorMode")->setChecked(true);
        retype(field<QLineEdit>(dialog.get(), "actAsUser"), QStringLiteral("admin"));
        auto *password = field<QLineEdit>(dialog.get(), "password");
        password->setFocus();
        QTest::keyClick(password, Qt::Key_Return); // checked at once, before any connecting

        const QString message = dialog->messageText();
        QVERIFY2(message.contains(QLatin1String("Enter the server's host name")),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("verify-full needs a CA certificate")),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("\"admin\" is not a user id")),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Another profile is already called")),
                 qPrintable(message));
        QVERIFY(failed.isEmpty()); // refused before any connection was tried
        QVERIFY(!dialog->isConnecting());
        QVERIFY(dialog->isVisible());
        QVERIFY(!ProfileStore().find(draft)); // nothing saved

        // Escape closes an idle dialog without connecting.
        QSignalSpy rejected(dialog.get(), &QDialog::rejected);
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!dialog->takeBackend());
    }

    void builtInProfileIsReadOnly()
    {
        if (!keychainPresent())
            QSKIP("needs the keychain of with_keyring.sh");
        auto dialog = openDialog();
        QVERIFY(dialog->selectProfile(ProfileStore::localDemoId()));
        QCOMPARE(field<QListWidget>(dialog.get(), "profileList")->currentRow(), 0);
        for (const char *name : {"profileName", "connectionType", "host", "database", "user",
                                 "socketDir", "sslMode", "operatorMode", "rememberPassword"})
            QVERIFY2(!field<QWidget>(dialog.get(), name)->isEnabled(), name);
        QVERIFY(!field<QPushButton>(dialog.get(), "deleteProfile")->isEnabled());
        QVERIFY(field<QPushButton>(dialog.get(), "duplicateProfile")->isEnabled());
        QCOMPARE(field<QLineEdit>(dialog.get(), "user")->text(), QStringLiteral("demo_sysadmin"));

        // A duplicate is the user's own and can be changed.
        QTest::mouseClick(field<QPushButton>(dialog.get(), "duplicateProfile"), Qt::LeftButton);
        QVERIFY(dialog->currentProfileId() != ProfileStore::localDemoId());
        QVERIFY(field<QWidget>(dialog.get(), "profileName")->isEnabled());
        QVERIFY(field<QWidget>(dialog.get(), "socketDir")->isEnabled());
        QVERIFY(!field<QWidget>(dialog.get(), "host")->isEnabled()); // a socket profile
        QCOMPARE(field<QLineEdit>(dialog.get(), "profileName")->text(),
                 QStringLiteral("Copy of Local demo"));
        // Every Alt-mnemonic leads to one place.
        QMap<QChar, QString> mnemonics;
        const auto mnemonicOf = [](const QString &text) -> QChar {
            for (qsizetype i = 0; i + 1 < text.size(); ++i) {
                if (text.at(i) == QLatin1Char('&')) {
                    if (text.at(i + 1) != QLatin1Char('&'))
                        return text.at(i + 1).toLower();
                    ++i;
                }
            }
            return {};
        };
        QStringList texts;
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            texts << label->text();
        for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
            texts << button->text();
        for (const QString &text : std::as_const(texts)) {
            const QChar key = mnemonicOf(text);
            if (key.isNull())
                continue;
            QVERIFY2(!mnemonics.contains(key), qPrintable(mnemonics.value(key) + " / " + text));
            mnemonics.insert(key, text);
        }
        QVERIFY(mnemonics.size() >= 15);

        const auto &accessible = dialog->findChildren<QWidget *>();
        for (QWidget *widget : accessible) {
            if (widget->objectName().startsWith(QLatin1String("qt_")))
                continue; // Qt's own parts, say the line edit inside a spin box
            if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget) ||
                qobject_cast<QCheckBox *>(widget) || qobject_cast<QSpinBox *>(widget))
                QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }

    void missingKeychain()
    {
        if (!keychainAbsent())
            QSKIP("needs with_keyring.sh --no-keychain");
        auto dialog = openDialog();
        QSignalSpy checked(dialog.get(), &ConnectDialog::keychainChecked);
        QTest::mouseClick(field<QPushButton>(dialog.get(), "newProfile"), Qt::LeftButton);
        // A new profile remembers its password by default, so the dialog asks the keychain.
        QCOMPARE(waitKeychainRead(checked), SecretError::Kind::NoKeychain);
        QVERIFY(dialog->keychainUnavailable());
        const QString message = dialog->messageText();
        QVERIFY2(message.contains(QLatin1String("The system keychain is not available")),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("used for this session only")),
                 qPrintable(message));
        auto *remember = field<QCheckBox>(dialog.get(), "rememberPassword");
        QVERIFY(!remember->isEnabled());
        QVERIFY(!remember->isChecked());

        const QUuid id = dialog->currentProfileId();
        fillTcpProfile(dialog.get(), QStringLiteral("No keychain"));
        typeText(field<QLineEdit>(dialog.get(), "password"), ConnectFixture::password());
        QVERIFY2(pressEnterAndWait(dialog.get()), qPrintable(dialog->messageText()));
        std::unique_ptr<Backend> backend = dialog->takeBackend();
        QVERIFY(backend);
        QCOMPARE(backend->state(), Backend::State::Connected);
        QVERIFY(ProfileStore().find(id)); // the profile is kept, the password is not
        QVERIFY(!settingsFileText().contains(ConnectFixture::password()));
    }
};

QTEST_MAIN(TestConnectGui)
#include "tst_connect_gui.moc"
