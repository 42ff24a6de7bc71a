// Connection profiles without a database: the libpq connection string they build (quoting,
// SSL, operator mode), what problems() finds, and the profile store in a throwaway QSettings
// (round trip, no secret ever written, the built-in local demo).
#include "connection/ConnectionProfile.h"
#include "connection/ProfileStore.h"
#include "connection/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <stdexcept>

using namespace dicedesk;

namespace {

ConnectionProfile tcpProfile()
{
    ConnectionProfile profile = ConnectionProfile::create(QStringLiteral("Production"));
    profile.host = QStringLiteral("db.example.org");
    profile.port = 6432;
    profile.database = QStringLiteral("lekbanken");
    profile.user = QStringLiteral("ops");
    return profile;
}

/// Undoes libpq's quoting of one value in a connection string: the reverse of
/// quoteConninfoValue, written independently (as libpq's conninfo_parse reads it).
QMap<QString, QString> parseConninfo(const QString &conninfo)
{
    QMap<QString, QString> values;
    int i = 0;
    const int n = conninfo.size();
    while (i < n) {
        while (i < n && conninfo.at(i).isSpace())
            ++i;
        const int keyStart = i;
        while (i < n && conninfo.at(i) != QLatin1Char('='))
            ++i;
        const QString key = conninfo.mid(keyStart, i - keyStart);
        ++i; // '='
        QString value;
        if (i < n && conninfo.at(i) == QLatin1Char('\'')) {
            ++i;
            while (i < n && conninfo.at(i) != QLatin1Char('\'')) {
                if (conninfo.at(i) == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value += conninfo.at(i++);
            }
            ++i; // closing quote
        } else {
            while (i < n && !conninfo.at(i).isSpace())
                value += conninfo.at(i++);
        }
        values.insert(key, value);
    }
    return values;
}

} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    QString settingsFileText() const
    {
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DiceDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_profiles"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        // The local demo profile looks for the cluster under XDG_DATA_HOME.
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_settingsDir.filePath(QStringLiteral("data"))));
    }

    void init()
    {
        QSettings settings;
        settings.clear();
        settings.sync();
    }

    void quotingEscapesBackslashAndQuote_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << QStringLiteral("demo") << QStringLiteral("'demo'");
        QTest::newRow("empty") << QString() << QStringLiteral("''");
        QTest::newRow("space") << QStringLiteral("my db") << QStringLiteral("'my db'");
        QTest::newRow("quote") << QStringLiteral("o'brien") << QStringLiteral("'o\\'brien'");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("'a\\\\b'");
        QTest::newRow("both") << QStringLiteral("\\'") << QStringLiteral("'\\\\\\''");
        QTest::newRow("equals") << QStringLiteral("a=b c=d") << QStringLiteral("'a=b c=d'");
        QTest::newRow("unicode") << QStringLiteral("Tärning 🎲") << QStringLiteral("'Tärning 🎲'");
    }

    void quotingEscapesBackslashAndQuote()
    {
        QFETCH(QString, value);
        QFETCH(QString, quoted);
        const std::optional<QString> result = ConnectionProfile::quoteConninfoValue(value);
        QVERIFY(result.has_value());
        QCOMPARE(*result, quoted);
    }

    void quotingRefusesNul()
    {
        const QString withNul = QStringLiteral("abc") + QChar(u'\0') + QStringLiteral("def");
        QVERIFY(!ConnectionProfile::quoteConninfoValue(withNul).has_value());

        ConnectionProfile profile = tcpProfile();
        QVERIFY(profile.problems().isEmpty());
        QCOMPARE(profile.problems(withNul).size(), 1); // the password
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, profile.toOptions(withNul));
        profile.user = withNul;
        QCOMPARE(profile.problems().size(), 1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, profile.toOptions(QString()));
    }

    void conninfoRoundTripsHostileValues()
    {
        ConnectionProfile profile = tcpProfile();
        profile.host = QStringLiteral("db host");
        profile.database = QStringLiteral("data'base\\ 1");
        profile.user = QStringLiteral("Åsa O'Neil");
        const QString password = QStringLiteral("p@ss 'word' \\ = 🎲 host=evil");
        const QMap<QString, QString> parsed = parseConninfo(profile.conninfo(password));
        QCOMPARE(parsed.value(QStringLiteral("host")), profile.host);
        QCOMPARE(parsed.value(QStringLiteral("dbname")), profile.database);
        QCOMPARE(parsed.value(QStringLiteral("user")), profile.user);
        QCOMPARE(parsed.value(QStringLiteral("password")), password);
        QCOMPARE(parsed.value(QStringLiteral("port")), QStringLiteral("6432"));
        // Nothing injected by the value that looks like another setting.
        QVERIFY(!parsed.contains(QStringLiteral("evil")));
        QCOMPARE(parsed.value(QStringLiteral("host")), QStringLiteral("db host"));
    }

    void conninfoHasTimeoutAndOmitsEmptyPassword()
    {
        const ConnectionProfile profile = tcpProfile();
        const QMap<QString, QString> parsed = parseConninfo(profile.conninfo(QString()));
        QVERIFY(!parsed.contains(QStringLiteral("password")));
        QCOMPARE(parsed.value(QStringLiteral("connect_timeout")),
                 QString::number(ConnectionProfile::kConnectTimeoutSeconds));
        QCOMPARE(parsed.value(QStringLiteral("sslmode")), QStringLiteral("prefer"));
        QVERIFY(!parsed.contains(QStringLiteral("sslrootcert")));
    }

    void verifyFullUsesTheCaFile()
    {
        QTemporaryFile ca;
        QVERIFY(ca.open());
        ca.write("-----BEGIN CERTIFICATE-----\n");
        ca.flush();

        ConnectionProfile profile = tcpProfile();
        profile.sslMode = ConnectionProfile::SslMode::VerifyFull;
        profile.caFile = ca.fileName();
        QVERIFY2(profile.problems().isEmpty(), qPrintable(profile.problems().join(u'|')));
        const QMap<QString, QString> parsed = parseConninfo(profile.conninfo(QString()));
        QCOMPARE(parsed.value(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
        QCOMPARE(parsed.value(QStringLiteral("sslrootcert")), ca.fileName());

        profile.sslMode = ConnectionProfile::SslMode::VerifyCa;
        QCOMPARE(parseConninfo(profile.conninfo(QString())).value(QStringLiteral("sslmode")),
                 QStringLiteral("verify-ca"));
        profile.sslMode = ConnectionProfile::SslMode::Require;
        QVERIFY(
            !parseConninfo(profile.conninfo(QString())).contains(QStringLiteral("sslrootcert")));
    }

    void sslKeywordsRoundTrip()
    {
        const QStringList keywords{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
        for (const QString &keyword : keywords) {
            const auto mode = ConnectionProfile::sslModeFromKeyword(keyword);
            QVERIFY2(mode.has_value(), qPrintable(keyword));
            QCOMPARE(ConnectionProfile::sslModeKeyword(*mode), keyword);
        }
        QVERIFY(!ConnectionProfile::sslModeFromKeyword(QStringLiteral("verify_full")));
    }

    void localSocketUsesTheFolderAndNoSsl()
    {
        ConnectionProfile profile = tcpProfile();
        profile.mode = ConnectionProfile::Mode::LocalSocket;
        profile.socketDir = QStringLiteral("/run/postgresql");
        profile.sslMode = ConnectionProfile::SslMode::VerifyFull; // ignored for a socket
        QVERIFY2(profile.problems().isEmpty(), qPrintable(profile.problems().join(u'|')));
        const QMap<QString, QString> parsed = parseConninfo(profile.conninfo(QString()));
        QCOMPARE(parsed.value(QStringLiteral("host")), QStringLiteral("/run/postgresql"));
        QVERIFY(!parsed.contains(QStringLiteral("sslmode")));
        QCOMPARE(profile.endpointText(), QStringLiteral("ops @ local socket"));
    }

    void optionsCarryLabelAndOperatorMode()
    {
        ConnectionProfile profile = tcpProfile();
        ConnectionOptions options = profile.toOptions(QStringLiteral("x"));
        QCOMPARE(options.label, QStringLiteral("Production"));
        QVERIFY(!options.operatorMode());

        const QUuid admin =
            QUuid::fromString(QLatin1String("00000000-0000-4000-8000-000000000001"));
        profile.actAsUser = admin;
        QVERIFY(!profile.toOptions(QString()).operatorMode()); // the flag decides
        profile.operatorMode = true;
        options = profile.toOptions(QString());
        QVERIFY(options.operatorMode());
        QCOMPARE(options.actAsUser, admin);
    }

    void problemsAreFound_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no name") << "name"
                                 << "Give the profile a name.";
        QTest::newRow("no host") << "host"
                                 << "Enter the server's host name or address.";
        QTest::newRow("socket as host") << "hostSlash"
                                        << "A host name cannot start with";
        QTest::newRow("no database") << "database"
                                     << "Enter the name of the database.";
        QTest::newRow("no user") << "user"
                                 << "Enter the user name to log in with.";
        QTest::newRow("port 0") << "port0"
                                << "The port must be a number from 1 to 65535.";
        QTest::newRow("port 65536") << "port65536"
                                    << "The port must be a number from 1 to 65535.";
        QTest::newRow("verify-full without CA") << "noCa"
                                                << "SSL mode verify-full needs a CA";
        QTest::newRow("verify-ca, missing CA") << "missingCa"
                                               << "does not exist or cannot be read";
        QTest::newRow("operator without user") << "operator"
                                               << "Operator mode needs the id";
        QTest::newRow("socket without folder") << "socket"
                                               << "Enter the folder that holds";
        QTest::newRow("relative socket folder") << "socketRelative"
                                                << "must be an absolute path";
    }

    void problemsAreFound()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        ConnectionProfile profile = tcpProfile();
        QVERIFY(profile.problems().isEmpty());
        if (field == QLatin1String("name"))
            profile.name = QStringLiteral("   ");
        else if (field == QLatin1String("host"))
            profile.host.clear();
        else if (field == QLatin1String("hostSlash"))
            profile.host = QStringLiteral("/tmp");
        else if (field == QLatin1String("database"))
            profile.database.clear();
        else if (field == QLatin1String("user"))
            profile.user.clear();
        else if (field == QLatin1String("port0"))
            profile.port = 0;
        else if (field == QLatin1String("port65536"))
            profile.port = 65536;
        else if (field == QLatin1String("noCa"))
            profile.sslMode = ConnectionProfile::SslMode::VerifyFull;
        else if (field == QLatin1String("missingCa")) {
            profile.sslMode = ConnectionProfile::SslMode::VerifyCa;
            profile.caFile = m_settingsDir.filePath(QStringLiteral("no-such-ca.crt"));
        } else if (field == QLatin1String("operator"))
            profile.operatorMode = true;
        else if (field == QLatin1String("socket"))
            profile.mode = ConnectionProfile::Mode::LocalSocket;
        else if (field == QLatin1String("socketRelative")) {
            profile.mode = ConnectionProfile::Mode::LocalSocket;
            profile.socketDir = QStringLiteral("run/postgresql");
        }
        const QStringList problems = profile.problems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(expected), qPrintable(problems.first()));
    }

    void storeRoundTripsEveryField()
    {
        ProfileStore store;
        ConnectionProfile profile = tcpProfile();
        profile.name = QStringLiteral("Staging 'eu' \\ Åre");
        profile.sslMode = ConnectionProfile::SslMode::VerifyFull;
        profile.caFile = QStringLiteral("/etc/ssl/certs/lekbanken-ca.pem");
        profile.operatorMode = true;
        profile.actAsUser = QUuid::createUuid();
        profile.rememberPassword = false;
        QVERIFY(store.save(profile));

        ConnectionProfile socket = ConnectionProfile::create(QStringLiteral("alpha socket"));
        socket.mode = ConnectionProfile::Mode::LocalSocket;
        socket.socketDir = QStringLiteral("/var/run/postgresql");
        socket.database = QStringLiteral("d");
        socket.user = QStringLiteral("u");
        QVERIFY(store.save(socket));

        const ProfileStore fresh;
        const QList<ConnectionProfile> all = fresh.profiles();
        QCOMPARE(all.size(), 3);
        QVERIFY(all.at(0).builtIn); // the local demo first, then by name
        QCOMPARE(all.at(1), socket);
        QCOMPARE(all.at(2), profile);
        QCOMPARE(fresh.find(profile.id), profile);

        profile.host = QStringLiteral("db2.example.org");
        QVERIFY(store.save(profile));
        QCOMPARE(ProfileStore().find(profile.id)->host, QStringLiteral("db2.example.org"));
        QCOMPARE(ProfileStore().profiles().size(), 3);

        QVERIFY(store.remove(socket.id));
        QVERIFY(!store.find(socket.id));
        QVERIFY(!store.remove(socket.id));
    }

    void settingsNeverHoldThePassword()
    {
        const QString password = QStringLiteral("Sup3r-S3cret-Passw0rd");
        ProfileStore store;
        ConnectionProfile profile = tcpProfile();
        profile.rememberPassword = true;
        const ConnectionOptions options = profile.toOptions(password);
        QVERIFY(options.conninfo.contains(password)); // memory only
        QVERIFY(store.save(profile));
        store.setLastUsed(profile.id);
        const QString text = settingsFileText();
        QVERIFY2(text.contains(profile.id.toString(QUuid::WithoutBraces)), qPrintable(text));
        QVERIFY(!text.contains(password));
        // No key named like a secret (rememberPassword is the only one mentioning it).
        const QRegularExpression secretKey(QStringLiteral(R"((^|[\n/])(password|secret)\s*=)"),
                                           QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!text.contains(secretKey), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("rememberPassword=true")));
        QVERIFY(!text.contains(QStringLiteral("conninfo"), Qt::CaseInsensitive));
    }

    void builtInProfileIsFixedAndCannotBeRemoved()
    {
        ProfileStore store;
        const ConnectionProfile demo = ProfileStore::localDemo();
        QVERIFY(demo.builtIn);
        QCOMPARE(demo.id, ProfileStore::localDemoId());
        QCOMPARE(demo.key, QStringLiteral("local-demo"));
        QCOMPARE(demo.mode, ConnectionProfile::Mode::LocalSocket);
        QCOMPARE(demo.user, QStringLiteral("demo_sysadmin"));
        QCOMPARE(demo.database, QStringLiteral("dicedesk"));
        QCOMPARE(demo.port, 5432);
        QVERIFY(demo.socketDir.endsWith(QLatin1String("/dicedesk/local/socket")));
        QVERIFY(demo.problems().isEmpty());
        QVERIFY(!parseConninfo(demo.conninfo(QString())).contains(QStringLiteral("password")));

        QVERIFY(!store.remove(demo.id));
        QVERIFY(!store.save(demo));
        ConnectionProfile tampered = demo;
        tampered.builtIn = false;
        tampered.user = QStringLiteral("postgres");
        QVERIFY(!store.save(tampered)); // its id is reserved
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.profiles().first(), demo);
    }

    void localDemoUsesThePortTheClusterRemembers()
    {
        const QString dir = m_settingsDir.filePath(QStringLiteral("data/dicedesk/local"));
        QVERIFY(QDir().mkpath(dir));
        QCOMPARE(ProfileStore::localDemo().port, 5432);
        {
            QSettings state(dir + QStringLiteral("/cluster.conf"), QSettings::IniFormat);
            state.setValue(QStringLiteral("port"), 5544);
            state.setValue(QStringLiteral("tcp"), true);
        }
        QCOMPARE(ProfileStore::localDemo().port, 5544);
        QVERIFY(QFile::remove(dir + QStringLiteral("/cluster.conf")));
        QCOMPARE(ProfileStore::localDemo().port, 5432);
    }

    void localDemoFollowsXdgDataHome()
    {
        const QByteArray old = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", "/srv/data home");
        const ConnectionProfile demo = ProfileStore::localDemo();
        if (old.isEmpty())
            qunsetenv("XDG_DATA_HOME");
        else
            qputenv("XDG_DATA_HOME", old);
        QCOMPARE(demo.socketDir, QStringLiteral("/srv/data home/dicedesk/local/socket"));
        QCOMPARE(parseConninfo(demo.conninfo(QString())).value(QStringLiteral("host")),
                 QStringLiteral("/srv/data home/dicedesk/local/socket"));
    }

    void lookupByKeyIdOrName()
    {
        ProfileStore store;
        ConnectionProfile a = tcpProfile();
        a.name = QStringLiteral("Staging");
        ConnectionProfile b = tcpProfile();
        b.name = QStringLiteral("staging eu");
        QVERIFY(store.save(a));
        QVERIFY(store.save(b));

        QCOMPARE(store.findByNameOrKey(QStringLiteral("local-demo"))->id,
                 ProfileStore::localDemoId());
        QCOMPARE(store.findByNameOrKey(QStringLiteral("Staging"))->id, a.id);
        QCOMPARE(store.findByNameOrKey(QStringLiteral("STAGING EU"))->id, b.id);
        QCOMPARE(store.findByNameOrKey(a.id.toString())->id, a.id);
        QVERIFY(!store.findByNameOrKey(QStringLiteral("nope")));

        ConnectionProfile c = tcpProfile();
        c.name = QStringLiteral("STAGING");
        QVERIFY(store.save(c));
        QCOMPARE(store.findByNameOrKey(QStringLiteral("Staging"))->id, a.id); // exact wins
        QVERIFY(!store.findByNameOrKey(QStringLiteral("staging")));           // ambiguous
    }

    void lastUsedFallsBackToTheDemo()
    {
        ProfileStore store;
        QCOMPARE(store.lastUsedOrDefault().id, ProfileStore::localDemoId());
        ConnectionProfile profile = tcpProfile();
        QVERIFY(store.save(profile));
        store.setLastUsed(profile.id);
        QCOMPARE(ProfileStore().lastUsedOrDefault().id, profile.id);
        QVERIFY(store.remove(profile.id));
        QVERIFY(store.lastUsedId().isNull());
        QCOMPARE(store.lastUsedOrDefault().id, ProfileStore::localDemoId());
    }

    void secretErrorsHaveMessages()
    {
        using Kind = SecretError::Kind;
        QVERIFY(SecretError().userMessage().isEmpty());
        for (const Kind kind : {Kind::NotFound, Kind::NoKeychain, Kind::Locked, Kind::Other})
            QVERIFY(!SecretError(kind, {}).userMessage().isEmpty());
        QVERIFY(SecretError(Kind::NoKeychain, {})
                    .userMessage()
                    .contains(QLatin1String("used for this session only")));
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
