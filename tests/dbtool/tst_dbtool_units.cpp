// Database-free parts of dicedesk-db: SQL splitting, server.log parsing, option parsing,
// conninfo quoting and migration file scanning.

#include "CliErrors.h"
#include "DbToolTestSupport.h"
#include "Dsn.h"
#include "MigrationSet.h"
#include "SeedOptions.h"
#include "ServerLog.h"
#include "SqlSplitter.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>
#include <pqxx/except>

using namespace dicedesk::db;

class TestDbToolUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsStatements_data();
    void splitsStatements();
    void startFailureReasons_data();
    void startFailureReasons();
    void parsesScale_data();
    void parsesScale();
    void rejectsBadAnchorAndSeed();
    void quotesConninfoValues();
    void scansMigrationFolder();
    void refusesDuplicateVersions();
    void describesDatabaseErrorsInOneLine();
};

void TestDbToolUnits::splitsStatements_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QList<QByteArray>>("statements");

    QTest::newRow("simple") << QByteArray("select 1; select 2;")
                            << QList<QByteArray>{"select 1", "select 2"};
    QTest::newRow("no trailing semicolon")
        << QByteArray("vacuum;\nanalyze t") << QList<QByteArray>{"vacuum", "analyze t"};
    QTest::newRow("string with semicolon")
        << QByteArray("insert into t values ('a;b''c;'); select 1")
        << QList<QByteArray>{"insert into t values ('a;b''c;')", "select 1"};
    QTest::newRow("E string escapes") << QByteArray("select E'x\\';y'; select 2")
                                      << QList<QByteArray>{"select E'x\\';y'", "select 2"};
    QTest::newRow("quoted identifier") << QByteArray("select 1 as \"a;\"\"b\"; select 2")
                                       << QList<QByteArray>{"select 1 as \"a;\"\"b\"", "select 2"};
    QTest::newRow("dollar quotes")
        << QByteArray("do $$ begin perform 1; end $$; select 2")
        << QList<QByteArray>{"do $$ begin perform 1; end $$", "select 2"};
    QTest::newRow("tagged dollar quotes")
        << QByteArray(
               "create function f() returns int as $fn$ select 1; $x$ $fn$ language sql; select 3")
        << QList<QByteArray>{
               "create function f() returns int as $fn$ select 1; $x$ $fn$ language sql",
               "select 3"};
    QTest::newRow("parameter is not a dollar quote")
        << QByteArray("prepare p as select $1; select 2")
        << QList<QByteArray>{"prepare p as select $1", "select 2"};
    QTest::newRow("comments")
        << QByteArray("-- a; b\nselect 1; /* x; /* nested; */ y; */ select 2;\n-- end;")
        << QList<QByteArray>{"-- a; b\nselect 1", "/* x; /* nested; */ y; */ select 2"};
    QTest::newRow("begin atomic")
        << QByteArray("create function f() returns int language sql begin atomic select 1; select "
                      "case when true then 2 end; end; vacuum")
        << QList<QByteArray>{"create function f() returns int language sql begin atomic select 1; "
                             "select case when true then 2 end; end",
                             "vacuum"};
    QTest::newRow("transaction words outside routines")
        << QByteArray("begin; select 1; end; vacuum")
        << QList<QByteArray>{"begin", "select 1", "end", "vacuum"};
    QTest::newRow("empty and comment-only")
        << QByteArray(" ;; -- only a comment\n") << QList<QByteArray>{};
}

void TestDbToolUnits::splitsStatements()
{
    QFETCH(QByteArray, script);
    QFETCH(QList<QByteArray>, statements);
    QCOMPARE(splitSqlStatements(script), statements);
}

void TestDbToolUnits::startFailureReasons_data()
{
    QTest::addColumn<QString>("log");
    QTest::addColumn<bool>("tcp");
    QTest::addColumn<QString>("reason");

    const QString prefix = QStringLiteral("2026-06-30 10:00:00.000 UTC [4242] ");
    QTest::newRow("busy tcp port")
        << prefix + "LOG:  starting PostgreSQL 15.20 on x86_64-pc-linux-gnu\n" + prefix +
               "LOG:  could not bind IPv4 address \"127.0.0.1\": Address already in use\n" +
               prefix +
               "HINT:  Is another postmaster already running on port 5433? If not, wait a few "
               "seconds and retry.\n" +
               prefix + "WARNING:  could not create listen socket for \"127.0.0.1\"\n" + prefix +
               "FATAL:  could not create any TCP/IP sockets\n"
        << true << QStringLiteral("port 5433 on 127.0.0.1 is already in use");
    QTest::newRow("lock file") << prefix + "FATAL:  lock file \"postmaster.pid\" already exists\n" +
                                      prefix +
                                      "HINT:  Is another postmaster (PID 77) running in "
                                      "data directory \"/x/data\"?\n"
                               << false << QStringLiteral("a server is already running in /x");
    QTest::newRow("config error")
        << prefix + "LOG:  invalid value for parameter \"shared_buffers\": \"bogus\"\n" + prefix +
               "FATAL:  configuration file \"/x/data/postgresql.conf\" contains errors\n"
        << false
        << QStringLiteral("configuration file \"/x/data/postgresql.conf\" contains errors: invalid "
                          "value for parameter \"shared_buffers\": \"bogus\"");
    QTest::newRow("plain fatal")
        << prefix + "FATAL:  data directory \"/x/data\" has invalid permissions\n"
        << false << QStringLiteral("data directory \"/x/data\" has invalid permissions");
    QTest::newRow("nothing useful") << prefix + "LOG:  database system is shut down\n"
                                    << false << QString();
}

void TestDbToolUnits::startFailureReasons()
{
    QFETCH(QString, log);
    QFETCH(bool, tcp);
    QFETCH(QString, reason);
    QCOMPARE(serverlog::startFailureReason(log, {QStringLiteral("/x"), 5433, tcp}), reason);
}

void TestDbToolUnits::parsesScale_data()
{
    QTest::addColumn<QString>("scale");
    QTest::addColumn<qint64>("events"); // -1: usage error

    QTest::newRow("small") << "small" << qint64(200000);
    QTest::newRow("medium") << "medium" << qint64(1000000);
    QTest::newRow("large") << "large" << qint64(10000000);
    QTest::newRow("one") << "1" << qint64(1);
    QTest::newRow("max") << "100000000" << qint64(100000000);
    QTest::newRow("over max") << "100000001" << qint64(-1);
    QTest::newRow("zero") << "0" << qint64(-1);
    QTest::newRow("negative") << "-5" << qint64(-1);
    QTest::newRow("word") << "huge" << qint64(-1);
    QTest::newRow("upper case") << "SMALL" << qint64(-1);
    QTest::newRow("fraction") << "1.5" << qint64(-1);
}

void TestDbToolUnits::parsesScale()
{
    QFETCH(QString, scale);
    QFETCH(qint64, events);
    if (events < 0) {
        QVERIFY_THROWS_EXCEPTION(UsageError, SeedOptions::parseScale(scale));
        QVERIFY(!SeedOptions::isScale(scale));
    } else {
        QCOMPARE(SeedOptions::parseScale(scale), events);
        QVERIFY(SeedOptions::isScale(scale));
    }
}

void TestDbToolUnits::rejectsBadAnchorAndSeed()
{
    QCOMPARE(SeedOptions::parseAnchor(QStringLiteral("2026-06-30")), QDate(2026, 6, 30));
    QVERIFY_THROWS_EXCEPTION(UsageError, SeedOptions::parseAnchor(QStringLiteral("2026-02-30")));
    QVERIFY_THROWS_EXCEPTION(UsageError, SeedOptions::parseAnchor(QStringLiteral("30.06.2026")));
    QVERIFY_THROWS_EXCEPTION(UsageError, SeedOptions::parseAnchor(QStringLiteral("2026-6-30")));
    QCOMPARE(SeedOptions::parseSeed(QStringLiteral("-7")), qint64(-7));
    QVERIFY_THROWS_EXCEPTION(UsageError, SeedOptions::parseSeed(QStringLiteral("abc")));
}

void TestDbToolUnits::quotesConninfoValues()
{
    QCOMPARE(conninfoValue(QStringLiteral("/tmp/x")), QStringLiteral("/tmp/x"));
    QCOMPARE(conninfoValue(QStringLiteral("/tmp/my dir")), QStringLiteral("'/tmp/my dir'"));
    QCOMPARE(conninfoValue(QStringLiteral("it's")), QStringLiteral("'it\\'s'"));
    QCOMPARE(conninfoValue(QString()), QStringLiteral("''"));
    QCOMPARE(socketDsn(QStringLiteral("/s"), 5432),
             QStringLiteral("host=/s port=5432 dbname=dicedesk user=postgres"));
}

void TestDbToolUnits::scansMigrationFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    dbtooltest::writeFile(dir.filePath("0010_later.sql"), "select 10;");
    dbtooltest::writeFile(dir.filePath("0002_second.sql"), "select 2;");
    dbtooltest::writeFile(dir.filePath("0001_first.sql"), "select 1;");
    dbtooltest::writeFile(dir.filePath("README.md"), "docs");
    dbtooltest::writeFile(dir.filePath("0003_Upper.sql"), "select 3;");
    dbtooltest::writeFile(dir.filePath("3_short.sql"), "select 3;");
    dbtooltest::writeFile(dir.filePath(".0004_hidden.sql"), "select 4;");

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("ignoring README.md"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("ignoring 0003_Upper.sql"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("ignoring 3_short.sql"));
    const MigrationSet set = MigrationSet::scan(dir.path());
    QCOMPARE(set.files().size(), 3);
    QCOMPARE(set.files().at(0).name, QStringLiteral("0001_first.sql"));
    QCOMPARE(set.files().at(1).version, 2);
    QCOMPARE(set.files().at(2).version, 10);
    QCOMPARE(set.files().at(0).checksum,
             QString::fromLatin1(
                 QCryptographicHash::hash("select 1;", QCryptographicHash::Sha256).toHex()));
    QVERIFY(set.find(10));
    QVERIFY(!set.find(3));
}

void TestDbToolUnits::refusesDuplicateVersions()
{
    QTemporaryDir dir;
    dbtooltest::writeFile(dir.filePath("0001_a.sql"), "select 1;");
    dbtooltest::writeFile(dir.filePath("0001_b.sql"), "select 1;");
    try {
        MigrationSet::scan(dir.path());
        QFAIL("duplicate versions were accepted");
    } catch (const RuntimeError &error) {
        QCOMPARE(error.message(),
                 QStringLiteral("duplicate migration version 0001: 0001_a.sql and 0001_b.sql"));
    }
    QVERIFY_THROWS_EXCEPTION(RuntimeError, MigrationSet::scan(dir.filePath("missing")));
}

void TestDbToolUnits::describesDatabaseErrorsInOneLine()
{
    const std::runtime_error connectionFailure(
        "connection to server on socket \"/x/.s.PGSQL.5432\" failed: No such file or directory\n"
        "\tIs the server running locally and accepting connections on that socket?\n");
    QCOMPARE(describeDbError(connectionFailure),
             QStringLiteral("connection to server on socket \"/x/.s.PGSQL.5432\" failed: No such "
                            "file or directory"));
    const std::runtime_error fatal("connection to server on socket \"/x/.s.PGSQL.5432\" failed: "
                                   "FATAL:  database \"nope\" does not exist\n");
    QCOMPARE(describeDbError(fatal),
             QStringLiteral("connection to server on socket "
                            "\"/x/.s.PGSQL.5432\" failed: database \"nope\" "
                            "does not exist"));

    // Verbose server errors carry the SQLSTATE in the text; libpqxx 6.4 may not fill sqlstate().
    const pqxx::insufficient_privilege denied(
        "ERROR:  42501: query would be affected by row-level security policy for table \"t\"\n"
        "HINT:  To disable the policy for the table's owner, use ALTER TABLE NO FORCE ROW LEVEL "
        "SECURITY.\nLOCATION:  check_enable_rls, rls.c:106\n");
    QCOMPARE(sqlState(denied), QStringLiteral("42501"));
    QCOMPARE(describeDbError(denied),
             QStringLiteral("query would be affected by row-level security "
                            "policy for table \"t\" (SQLSTATE 42501)"));
    const pqxx::undefined_table missing("ERROR:  relation \"x\" does not exist\n", "select",
                                        "42P01");
    QCOMPARE(describeDbError(missing),
             QStringLiteral("relation \"x\" does not exist (SQLSTATE 42P01)"));
}

QTEST_GUILESS_MAIN(TestDbToolUnits)
#include "tst_dbtool_units.moc"
