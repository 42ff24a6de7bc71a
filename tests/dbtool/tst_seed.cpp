// `dicedesk-db seed` with tiny seed files of our own; runs inside `dicedesk-db sandbox`.

#include "DbToolTestSupport.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using dbtooltest::queryValue;
using dbtooltest::runTool;
using dbtooltest::ToolRun;

class TestSeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void refusesWithoutMigrations();
    void runsFilesInOrderWithSettings();
    void defaultsAreSmallSeed42Today();
    void transactionalFileRollsBack();
    void plainFileMayVacuum();

private:
    ToolRun seed(const QStringList &extra = {}) const
    {
        return runTool(QStringList{"seed", "--dsn", m_dsn, "--dir", m_seedDir->path()} + extra);
    }
    void writeSeed(const QString &name, const QByteArray &sql)
    {
        dbtooltest::writeFile(m_seedDir->filePath(name), sql);
    }
    void migrate();

    std::unique_ptr<QTemporaryDir> m_seedDir;
    std::unique_ptr<QTemporaryDir> m_migrationDir;
    QString m_dsn;
    int m_databaseNumber = 0;
};

void TestSeed::init()
{
    m_seedDir = std::make_unique<QTemporaryDir>();
    m_migrationDir = std::make_unique<QTemporaryDir>();
    m_dsn = dbtooltest::createScratchDatabase(QStringLiteral("seed_%1").arg(++m_databaseNumber));
    dbtooltest::writeFile(
        m_migrationDir->filePath("0001_log.sql"),
        "create table seed_log(step serial primary key, file text, seed text, events text, "
        "anchor text);\n");
}

void TestSeed::migrate()
{
    const ToolRun run = runTool({"migrate", "--dsn", m_dsn, "--dir", m_migrationDir->path()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestSeed::refusesWithoutMigrations()
{
    writeSeed("010_a.sql", "create table should_not_exist(id int);");
    const ToolRun run = seed();
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains("no migrations applied") && run.err.contains("dicedesk-db migrate"),
             qPrintable(run.err));
    QCOMPARE(queryValue(m_dsn, "select to_regclass('should_not_exist')"), QStringLiteral("<null>"));
}

void TestSeed::runsFilesInOrderWithSettings()
{
    migrate();
    const QByteArray logRow =
        "insert into seed_log(file, seed, events, anchor) values ('%1', "
        "current_setting('dicedesk.seed'), current_setting('dicedesk.scale_events'), "
        "current_setting('dicedesk.anchor'));\n";
    writeSeed("020_second.tx.sql", QByteArray(logRow).replace("%1", "020"));
    writeSeed("010_first.sql", QByteArray(logRow).replace("%1", "010"));
    writeSeed("030_third.sql", QByteArray(logRow).replace("%1", "030"));
    writeSeed("notes.txt", "not sql");

    const ToolRun run = seed({"--scale", "medium", "--seed", "7", "--anchor", "2026-01-31"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(queryValue(m_dsn,
                        "select string_agg(file || '/' || seed || '/' || events || '/' || anchor, "
                        "',' order by step) from seed_log"),
             QStringLiteral(
                 "010/7/1000000/2026-01-31,020/7/1000000/2026-01-31,030/7/1000000/2026-01-31"));
    const QStringList out = run.outLines();
    QCOMPARE(out.size(), 4);
    const QRegularExpression progress("^seed: (\\S+) \\.\\.\\. \\d+\\.\\d s$");
    QCOMPARE(progress.match(out.at(0)).captured(1), QStringLiteral("010_first.sql"));
    QCOMPARE(progress.match(out.at(1)).captured(1), QStringLiteral("020_second.tx.sql"));
    QCOMPARE(progress.match(out.at(2)).captured(1), QStringLiteral("030_third.sql"));
    QVERIFY2(out.at(3).startsWith("seed: 3 files, 1000000 events, seed 7, anchor 2026-01-31 in "),
             qPrintable(out.at(3)));

    const ToolRun exact = seed({"--scale", "12345"});
    QCOMPARE(exact.exitCode, 0);
    QCOMPARE(queryValue(m_dsn, "select events from seed_log order by step desc limit 1"),
             QStringLiteral("12345"));
}

void TestSeed::defaultsAreSmallSeed42Today()
{
    migrate();
    writeSeed("010_log.sql",
              "insert into seed_log(file, seed, events, anchor) values ('x', "
              "current_setting('dicedesk.seed'), current_setting('dicedesk.scale_events'), "
              "current_setting('dicedesk.anchor'));");
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    QCOMPARE(seed().exitCode, 0);
    const QString row =
        queryValue(m_dsn, "select seed || '/' || events || '/' || anchor from seed_log");
    // Around midnight UTC the date may have moved on between the two calls.
    QVERIFY2(row == "42/200000/" + today ||
                 row == "42/200000/" + QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate),
             qPrintable(row));
}

void TestSeed::transactionalFileRollsBack()
{
    migrate();
    writeSeed("010_ok.sql", "insert into seed_log(file) values ('ok');");
    writeSeed("020_bad.tx.sql", "insert into seed_log(file) values ('in tx');\n"
                                "insert into seed_log(step, file) values (1, 'duplicate step');\n");
    writeSeed("030_never.sql", "insert into seed_log(file) values ('never');");

    const ToolRun run = seed();
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(
        QRegularExpression("^dicedesk-db: seed file 020_bad\\.tx\\.sql failed: duplicate key value "
                           "violates unique constraint .* \\(SQLSTATE 23505\\)$")
            .match(run.errLines().first())
            .hasMatch(),
        qPrintable(run.err));
    QVERIFY(run.out.contains("seed: 020_bad.tx.sql ... failed"));
    QCOMPARE(queryValue(m_dsn, "select string_agg(file, ',' order by step) from seed_log"),
             QStringLiteral("ok"));
}

void TestSeed::plainFileMayVacuum()
{
    migrate();
    // VACUUM refuses to run in a transaction or a multi-statement string: plain files are sent
    // statement by statement (semicolons inside strings and dollar quotes do not split).
    writeSeed("010_fill.sql", "insert into seed_log(file) values ('a;b');\n"
                              "do $$ begin insert into seed_log(file) values ('c;d'); end $$;\n"
                              "vacuum analyze seed_log;\n"
                              "insert into seed_log(file) values ('after vacuum');\n");
    const ToolRun run = seed();
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(queryValue(m_dsn, "select string_agg(file, ',' order by step) from seed_log"),
             QStringLiteral("a;b,c;d,after vacuum"));
    QVERIFY(queryValue(m_dsn, "select last_vacuum is not null from pg_stat_user_tables "
                              "where relname = 'seed_log'") == "t");
}

QTEST_GUILESS_MAIN(TestSeed)
#include "tst_seed.moc"
