// The dicedesk-db command-line contract, driven through the built binary: usage errors exit 2
// with one line, runtime failures exit 1 with one line and no libpq noise, and the `local`
// cluster lifecycle (start/status/stop/dsn/destroy, idempotent start, busy port).

#include "DbToolTestSupport.h"
#include "PortCheck.h"

#include <QDir>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <pqxx/connection>
#include <pqxx/nontransaction>
#include <pqxx/result>
#include <unistd.h>

using dbtooltest::runTool;
using dbtooltest::ToolRun;

class TestDbToolCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpPrintsUsage();
    void usageErrorsAreOneLine_data();
    void usageErrorsAreOneLine();
    void unreachableDatabaseIsOneLine_data();
    void unreachableDatabaseIsOneLine();
    void missingServerBinaries();
    void localLifecycle();
    void busyPortIsReported();
    void startFailureNamesTheReason();
    void destroyRefusesForeignFolders();
    void privateParentFolderAsRoot();

private:
    QString clusterDir(const QString &name) const { return m_root.filePath(name); }
    // Stops and deletes a cluster at the end of a test function, whatever happened.
    auto destroyLater(const QString &dir)
    {
        return qScopeGuard([dir] { runTool({"local", "destroy", "--dir", dir}); });
    }
    static void verifyOneErrorLine(const ToolRun &run);

    QTemporaryDir m_root;
};

void TestDbToolCli::initTestCase()
{
    QVERIFY(m_root.isValid());
    dbtooltest::makeTraversable(m_root.path());
    QVERIFY2(QFile::exists(dbtooltest::toolPath()), qPrintable(dbtooltest::toolPath()));
}

void TestDbToolCli::verifyOneErrorLine(const ToolRun &run)
{
    QVERIFY2(run.errLines().size() == 1, qPrintable(run.err));
    QVERIFY2(run.err.startsWith(QLatin1String("dicedesk-db: ")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("libpq"), Qt::CaseInsensitive), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("pqxx"), Qt::CaseInsensitive), qPrintable(run.err));
}

void TestDbToolCli::helpPrintsUsage()
{
    const ToolRun run = runTool({"--help"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(QLatin1String("Usage: dicedesk-db")));
    for (const char *command : {"local start", "migrate --dsn", "seed --dsn", "reconcile --dsn",
                                "sandbox [--migrate]", "--cleanup-stale"})
        QVERIFY2(run.out.contains(QLatin1String(command)), command);
    QVERIFY(run.err.isEmpty());
    QCOMPARE(runTool({"migrate", "--help"}).out, run.out);
}

void TestDbToolCli::usageErrorsAreOneLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("no command") << QStringList{} << "missing command";
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command 'frobnicate'";
    QTest::newRow("unknown global option") << QStringList{"--frob", "local"} << "--frob";
    QTest::newRow("bad scale word")
        << QStringList{"seed", "--dsn", "host=/x", "--scale", "huge"} << "--scale";
    QTest::newRow("scale zero") << QStringList{"seed", "--dsn", "host=/x", "--scale", "0"}
                                << "--scale";
    QTest::newRow("scale too big")
        << QStringList{"seed", "--dsn", "host=/x", "--scale=100000001"} << "--scale";
    QTest::newRow("bad anchor") << QStringList{"seed", "--dsn", "host=/x", "--anchor", "2026-02-30"}
                                << "--anchor";
    QTest::newRow("bad seed") << QStringList{"seed", "--dsn", "host=/x", "--seed", "abc"}
                              << "--seed";
    QTest::newRow("migrate without dsn") << QStringList{"migrate"} << "--dsn is required";
    QTest::newRow("seed without dsn")
        << QStringList{"seed", "--scale", "small"} << "--dsn is required";
    QTest::newRow("reconcile without dsn") << QStringList{"reconcile"} << "--dsn is required";
    QTest::newRow("dsn without value")
        << QStringList{"reconcile", "--dsn"} << "--dsn needs a value";
    QTest::newRow("unknown option") << QStringList{"migrate", "--dsn", "x", "--frob"} << "--frob";
    QTest::newRow("extra argument") << QStringList{"reconcile", "--dsn", "x", "extra"} << "extra";
    QTest::newRow("local without action") << QStringList{"local"} << "start, stop, status";
    QTest::newRow("local bad action") << QStringList{"local", "jump"} << "'jump'";
    QTest::newRow("local bad port") << QStringList{"local", "start", "--port", "99999"} << "--port";
    QTest::newRow("sandbox without command")
        << QStringList{"sandbox", "--migrate"} << "missing COMMAND";
    QTest::newRow("sandbox unknown option")
        << QStringList{"sandbox", "--frob", "--", "true"} << "--frob";
    QTest::newRow("sandbox bad seed scale")
        << QStringList{"sandbox", "--seed=huge", "--", "true"} << "--scale";
}

void TestDbToolCli::usageErrorsAreOneLine()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const ToolRun run = runTool(args);
    QCOMPARE(run.exitCode, 2);
    verifyOneErrorLine(run);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
}

void TestDbToolCli::unreachableDatabaseIsOneLine_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("migrate") << "migrate";
    QTest::newRow("seed") << "seed";
    QTest::newRow("reconcile") << "reconcile";
}

void TestDbToolCli::unreachableDatabaseIsOneLine()
{
    QFETCH(QString, command);
    QTemporaryDir noServer; // a socket folder without a server
    QTemporaryDir files;
    dbtooltest::writeFile(files.filePath("0001_x.sql"), "select 1;");
    QStringList args{
        command, "--dsn",
        QStringLiteral("host=%1 port=5432 dbname=dicedesk user=postgres").arg(noServer.path())};
    if (command != QLatin1String("reconcile"))
        args << "--dir" << files.path();
    const ToolRun run = runTool(args);
    QCOMPARE(run.exitCode, 1);
    verifyOneErrorLine(run);
    QVERIFY2(run.err.contains(QLatin1String("cannot connect to database")), qPrintable(run.err));
    QVERIFY2(run.err.contains(noServer.path()), qPrintable(run.err));
}

void TestDbToolCli::missingServerBinaries()
{
    const ToolRun run = runTool({"local", "start", "--dir", clusterDir("nobinaries")},
                                dbtooltest::environmentWith({"DICEDESK_PG_BINDIR=/nonexistent"}));
    QCOMPARE(run.exitCode, 1);
    verifyOneErrorLine(run);
    QVERIFY2(run.err.contains(QLatin1String("not found")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("/nonexistent")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("DICEDESK_PG_BINDIR")), qPrintable(run.err));
    QVERIFY(!QDir(clusterDir("nobinaries")).exists());
}

void TestDbToolCli::localLifecycle()
{
    const QString dir = clusterDir("life");
    auto cleanup = destroyLater(dir);
    const QString expectedDsn =
        QStringLiteral("host=%1/socket port=5432 dbname=dicedesk user=postgres").arg(dir);

    ToolRun run = runTool({"local", "status", "--dir", dir});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.startsWith(QLatin1String("not initialized")));

    run = runTool({"local", "start", "--dir", dir});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.outLines(), QStringList{expectedDsn});
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QFile::Permissions groupOrOther = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                            QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFileInfo(dir + "/socket").permissions() & groupOrOther, QFile::Permissions());
    QVERIFY(QFile::exists(dir + "/data/PG_VERSION"));
    QVERIFY(QFile::exists(dir + "/server.log"));

    { // The DSN works and database dicedesk exists; socket only, so no TCP listener.
        pqxx::connection connection(expectedDsn.toStdString());
        pqxx::nontransaction tx(connection);
        QCOMPARE(tx.exec1("SELECT current_database()")[0].as<std::string>(),
                 std::string("dicedesk"));
        QCOMPARE(tx.exec1("SHOW listen_addresses")[0].as<std::string>(), std::string(""));
    }

    run = runTool({"local", "status", "--dir", dir});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(QLatin1String("running")));
    QVERIFY(run.out.contains(QLatin1String("dir: ") + dir));
    QVERIFY(run.out.contains(QLatin1String("dsn: ") + expectedDsn));

    run = runTool({"local", "start", "--dir", dir}); // idempotent
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outLines(), QStringList{expectedDsn});

    run = runTool({"local", "dsn", "--dir", dir});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outLines(), QStringList{expectedDsn});

    run = runTool({"local", "stop", "--dir", dir});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("stopped")));
    run = runTool({"local", "status", "--dir", dir});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.startsWith(QLatin1String("stopped")));

    run = runTool({"local", "stop", "--dir", dir}); // stopping a stopped cluster is fine
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("not running")));

    run = runTool({"local", "start", "--dir", dir}); // restart keeps the data
    QCOMPARE(run.exitCode, 0);
    run = runTool({"local", "destroy", "--dir", dir});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!QDir(dir).exists());
    QVERIFY(!dbtooltest::processMentions(dir + "/data"));
}

void TestDbToolCli::busyPortIsReported()
{
    const QString first = clusterDir("tcp-first");
    const QString second = clusterDir("tcp-second");
    auto cleanupFirst = destroyLater(first);
    auto cleanupSecond = destroyLater(second);
    const int port = dbtooltest::freeTcpPort();

    ToolRun run = runTool({"local", "start", "--dir", first, "--port", QString::number(port)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.outLines(),
             QStringList{QStringLiteral("host=%1/socket port=%2 dbname=dicedesk user=postgres")
                             .arg(first)
                             .arg(port)});
    QVERIFY(dicedesk::db::tcpPortInUse(port));
    run = runTool({"local", "status", "--dir", first});
    QVERIFY(run.out.contains(QStringLiteral("tcp: 127.0.0.1:%1").arg(port)));

    run = runTool({"local", "start", "--dir", second, "--port", QString::number(port)});
    QVERIFY(run.exitCode != 0);
    verifyOneErrorLine(run);
    QCOMPARE(run.err.trimmed(),
             QStringLiteral("dicedesk-db: port %1 on 127.0.0.1 is already in use").arg(port));
    QCOMPARE(runTool({"local", "status", "--dir", second}).exitCode, 3);

    // The running cluster cannot silently switch to another port.
    run = runTool({"local", "start", "--dir", first, "--port", QString::number(port + 1)});
    QCOMPARE(run.exitCode, 1);
    verifyOneErrorLine(run);
    QVERIFY2(run.err.contains(QLatin1String("a server is already running in ") + first),
             qPrintable(run.err));
}

void TestDbToolCli::startFailureNamesTheReason()
{
    const QString dir = clusterDir("broken-config");
    auto cleanup = destroyLater(dir);
    QCOMPARE(runTool({"local", "start", "--dir", dir}).exitCode, 0);
    QCOMPARE(runTool({"local", "stop", "--dir", dir}).exitCode, 0);
    QFile conf(dir + "/data/postgresql.conf");
    QVERIFY(conf.open(QIODevice::Append));
    conf.write("\nshared_buffers = bogus\n");
    conf.close();

    const ToolRun run = runTool({"local", "start", "--dir", dir});
    QCOMPARE(run.exitCode, 1);
    verifyOneErrorLine(run);
    QVERIFY2(run.err.contains(QLatin1String("invalid value for parameter \"shared_buffers\"")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(dir + "/server.log"), qPrintable(run.err));
}

void TestDbToolCli::destroyRefusesForeignFolders()
{
    const QString dir = clusterDir("not-a-cluster");
    dbtooltest::writeFile(dir + "/precious.txt", "keep me");
    const ToolRun run = runTool({"local", "destroy", "--dir", dir});
    QCOMPARE(run.exitCode, 1);
    verifyOneErrorLine(run);
    QVERIFY(run.err.contains(QLatin1String("refusing")));
    QVERIFY(QFile::exists(dir + "/precious.txt"));
}

void TestDbToolCli::privateParentFolderAsRoot()
{
    if (::geteuid() != 0)
        QSKIP("only root runs the server as the postgres user");
    // A 0700 parent the postgres user cannot enter: granted with setfacl, or one clear line.
    QTemporaryDir parent;
    QVERIFY(parent.isValid());
    const QString dir = parent.filePath("cluster");
    auto cleanup = destroyLater(dir);
    const ToolRun run = runTool({"local", "start", "--dir", dir});
    if (QStandardPaths::findExecutable("setfacl").isEmpty() &&
        QStandardPaths::findExecutable("setfacl", {"/usr/bin", "/bin"}).isEmpty()) {
        QCOMPARE(run.exitCode, 1);
        verifyOneErrorLine(run);
        QVERIFY2(run.err.contains(QLatin1String("install the acl package")), qPrintable(run.err));
        QVERIFY2(run.err.contains(parent.path()), qPrintable(run.err));
    } else {
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("setfacl")), qPrintable(run.err)); // the warning
        QCOMPARE(runTool({"local", "status", "--dir", dir}).exitCode, 0);
    }
}

QTEST_GUILESS_MAIN(TestDbToolCli)
#include "tst_dbtool_cli.moc"
