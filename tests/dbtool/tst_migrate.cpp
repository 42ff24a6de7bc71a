// `dicedesk-db migrate` against a real server; runs inside `dicedesk-db sandbox` (see
// CMakeLists.txt). Each test function migrates its own fresh database.

#include "DbToolTestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using dbtooltest::queryValue;
using dbtooltest::runTool;
using dbtooltest::ToolRun;

class TestMigrate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void appliesInOrderWithBookkeeping();
    void secondRunIsANoOp();
    void changedFileIsRefused();
    void missingFileIsRefused();
    void failingMigrationRollsBack();
    void duplicateVersionIsRefused();
    void concurrentRunsDoNotRace();
    void realMigrationsApplyTwice();

private:
    QString migrationFile(const QString &name) const { return m_dir->filePath(name); }
    void write(const QString &name, const QByteArray &sql)
    {
        dbtooltest::writeFile(migrationFile(name), sql);
    }
    ToolRun migrate() const { return runTool({"migrate", "--dsn", m_dsn, "--dir", m_dir->path()}); }
    bool tableExists(const QString &table) const
    {
        return queryValue(m_dsn, QStringLiteral("select to_regclass('%1')").arg(table)) != "<null>";
    }
    QString bookkeepingCount() const
    {
        return queryValue(m_dsn, "select count(*) from dicedesk_schema_migrations");
    }
    void writeBasicSet();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dsn;
    int m_databaseNumber = 0;
};

void TestMigrate::initTestCase()
{
    QVERIFY(!dbtooltest::sandboxDsn().isEmpty());
}

void TestMigrate::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dsn = dbtooltest::createScratchDatabase(QStringLiteral("migrate_%1").arg(++m_databaseNumber));
}

void TestMigrate::writeBasicSet()
{
    write("0001_users.sql", "create table users(id int primary key, name text not null);\n"
                            "create index users_name on users(name);\n");
    // 0002 depends on 0001, 0010 on 0002: only numeric order works.
    write("0002_wallets.sql",
          "create table wallets(user_id int references users, balance bigint);\n");
    write("0010_ledger.sql", "create table ledger(user_id int references users, amount int);\n"
                             "insert into users values (1, 'seeded by migration');\n");
}

void TestMigrate::appliesInOrderWithBookkeeping()
{
    writeBasicSet();
    write("README.md", "not a migration");
    write("7_bad_name.sql", "select 1;");

    const ToolRun run = migrate();
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(tableExists("users"));
    QVERIFY(tableExists("wallets"));
    QVERIFY(tableExists("ledger"));
    QCOMPARE(queryValue(m_dsn, "select name from users where id = 1"),
             QStringLiteral("seeded by migration"));

    const QStringList out = run.outLines();
    QCOMPARE(out.size(), 4);
    QVERIFY(out.at(0).startsWith("migrate: applied 0001_users.sql"));
    QVERIFY(out.at(1).startsWith("migrate: applied 0002_wallets.sql"));
    QVERIFY(out.at(2).startsWith("migrate: applied 0010_ledger.sql"));
    // Ignored files are warnings, not errors.
    QCOMPARE(run.errLines().size(), 2);
    QVERIFY(run.err.contains("ignoring README.md"));
    QVERIFY(run.err.contains("ignoring 7_bad_name.sql"));

    QCOMPARE(queryValue(m_dsn, "select string_agg(version || ':' || name, ',' order by version) "
                               "from dicedesk_schema_migrations"),
             QStringLiteral("1:0001_users.sql,2:0002_wallets.sql,10:0010_ledger.sql"));
    QFile file(migrationFile("0002_wallets.sql"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    QCOMPARE(queryValue(m_dsn, "select checksum from dicedesk_schema_migrations where version = 2"),
             sha);
    QCOMPARE(queryValue(m_dsn, "select count(*) from dicedesk_schema_migrations "
                               "where applied_at is null or applied_by is null or applied_by = ''"),
             QStringLiteral("0"));
    QCOMPARE(queryValue(m_dsn, "select table_schema from information_schema.tables "
                               "where table_name = 'dicedesk_schema_migrations'"),
             QStringLiteral("public"));
}

void TestMigrate::secondRunIsANoOp()
{
    writeBasicSet();
    QCOMPARE(migrate().exitCode, 0);
    const QString appliedAt =
        queryValue(m_dsn, "select max(applied_at)::text from dicedesk_schema_migrations");

    const ToolRun again = migrate();
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.outLines(), QStringList{"database is up to date (3 migrations)"});
    QVERIFY(again.err.isEmpty());
    QCOMPARE(bookkeepingCount(), QStringLiteral("3"));
    QCOMPARE(queryValue(m_dsn, "select max(applied_at)::text from dicedesk_schema_migrations"),
             appliedAt);
    QCOMPARE(queryValue(m_dsn, "select count(*) from users"), QStringLiteral("1")); // not re-run

    // A new file is picked up on its own.
    write("0011_more.sql", "create table more_things(id int);");
    const ToolRun more = migrate();
    QCOMPARE(more.exitCode, 0);
    QVERIFY(more.out.contains("applied 0011_more.sql"));
    QVERIFY(!more.out.contains("0001_users.sql"));
    QCOMPARE(bookkeepingCount(), QStringLiteral("4"));
}

void TestMigrate::changedFileIsRefused()
{
    writeBasicSet();
    QCOMPARE(migrate().exitCode, 0);
    write("0002_wallets.sql",
          "create table wallets(user_id int references users, balance numeric);\n");
    write("0020_new.sql", "create table new_table(id int);\n");

    const ToolRun run = migrate();
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines(),
             QStringList{"dicedesk-db: migration 0002_wallets.sql was changed after "
                         "it was applied (checksum mismatch)"});
    QVERIFY(run.out.isEmpty());
    QVERIFY(!tableExists("new_table")); // nothing applied
    QCOMPARE(bookkeepingCount(), QStringLiteral("3"));
}

void TestMigrate::missingFileIsRefused()
{
    writeBasicSet();
    QCOMPARE(migrate().exitCode, 0);
    QVERIFY(QFile::remove(migrationFile("0002_wallets.sql")));
    write("0020_new.sql", "create table new_table(id int);\n");

    const ToolRun run = migrate();
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains("migration 0002_wallets.sql was applied but its file is missing"),
             qPrintable(run.err));
    QVERIFY(!tableExists("new_table"));
}

void TestMigrate::failingMigrationRollsBack()
{
    write("0001_users.sql", "create table users(id int primary key);\n");
    write("0002_broken.sql", "create table half_done(id int);\n"
                             "insert into users values (7);\n"
                             "select * from no_such_table;\n");
    write("0003_after.sql", "create table after_broken(id int);\n");

    const ToolRun run = migrate();
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines(), QStringList{"dicedesk-db: migration 0002_broken.sql failed: relation "
                                         "\"no_such_table\" does not exist (SQLSTATE 42P01)"});
    QVERIFY(tableExists("users"));      // 0001 committed on its own
    QVERIFY(!tableExists("half_done")); // 0002 rolled back entirely
    QCOMPARE(queryValue(m_dsn, "select count(*) from users"), QStringLiteral("0"));
    QVERIFY(!tableExists("after_broken")); // stops at the failure
    QCOMPARE(
        queryValue(m_dsn, "select string_agg(version::text, ',') from dicedesk_schema_migrations"),
        QStringLiteral("1"));

    // Fixing the file lets the next run continue from there.
    write("0002_broken.sql", "create table half_done(id int);\n");
    QCOMPARE(migrate().exitCode, 0);
    QVERIFY(tableExists("after_broken"));
    QCOMPARE(bookkeepingCount(), QStringLiteral("3"));
}

void TestMigrate::duplicateVersionIsRefused()
{
    write("0001_users.sql", "create table users(id int);\n");
    write("0002_a.sql", "create table a(id int);\n");
    write("0002_b.sql", "create table b(id int);\n");

    const ToolRun run = migrate();
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(
        run.errLines(),
        QStringList{"dicedesk-db: duplicate migration version 0002: 0002_a.sql and 0002_b.sql"});
    QVERIFY(!tableExists("users"));
    QVERIFY(!tableExists("dicedesk_schema_migrations"));
}

void TestMigrate::concurrentRunsDoNotRace()
{
    // 0001 holds its transaction open for a while; the advisory lock must serialise the runs.
    write("0001_slow.sql", "create table slow(id int); select pg_sleep(0.5);\n");
    write("0002_counter.sql", "create table counter(n int); insert into counter values (1);\n");

    QList<QProcess *> runs;
    for (int i = 0; i < 3; ++i) {
        auto *process = new QProcess(this);
        process->start(dbtooltest::toolPath(), {"migrate", "--dsn", m_dsn, "--dir", m_dir->path()});
        runs << process;
    }
    for (QProcess *process : std::as_const(runs)) {
        QVERIFY(process->waitForFinished(60000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        delete process;
    }
    QCOMPARE(bookkeepingCount(), QStringLiteral("2"));
    QCOMPARE(queryValue(m_dsn, "select count(*) from counter"), QStringLiteral("1"));
}

void TestMigrate::realMigrationsApplyTwice()
{
    const QString real = QStringLiteral(DICEDESK_SOURCE_MIGRATIONS_DIR);
    if (QDir(real).entryList({"*.sql"}, QDir::Files).isEmpty())
        QSKIP(qPrintable("no migrations in " + real + " yet"));
    const ToolRun first = runTool({"migrate", "--dsn", m_dsn, "--dir", real});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const ToolRun second = runTool({"migrate", "--dsn", m_dsn, "--dir", real});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QVERIFY2(second.out.startsWith("database is up to date"), qPrintable(second.out));
}

QTEST_GUILESS_MAIN(TestMigrate)
#include "tst_migrate.moc"
