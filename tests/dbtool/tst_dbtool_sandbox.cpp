// The test harness `dicedesk-db sandbox`: exit codes propagate, output passes through unchanged,
// the server is stopped and the folder removed after failures, crashes, signals and even SIGKILL
// of the sandbox (janitor), --keep, --migrate/--seed, and --cleanup-stale.

#include "DbToolTestSupport.h"
#include "ProcessInfo.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using dbtooltest::runTool;
using dbtooltest::ToolRun;

class TestDbToolSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void exitCodesPropagate_data();
    void exitCodesPropagate();
    void failingChildLeavesNothingBehind();
    void environmentAndOutputPassThrough();
    void signalsStopEverything_data();
    void signalsStopEverything();
    void signalDuringSetupStopsBeforeTheCommand();
    void killedSandboxIsCleanedByJanitor();
    void processTreeKillIsCleanedByJanitor();
    void keepKeepsARestartableFolder();
    void migratesAndSeeds();
    void cleanupStaleRemovesOnlyDeadSandboxes();

private:
    // Sandbox folders go to m_tmp (TMPDIR) so the test can see exactly what is left behind.
    QProcessEnvironment sandboxEnv(const QStringList &extra = {}) const;
    QStringList leftovers() const;
    QString psql() const;
    // Starts `sandbox -- sh -c 'write $DICEDESK_TEST_SANDBOX and $$ to marker; exec sleep 60'`.
    void startSleepingSandbox(QProcess &process, QString &folder, dicedesk::db::ProcessId &child);
    static bool waitUntil(const std::function<bool()> &condition, int timeoutMs);

    std::unique_ptr<QTemporaryDir> m_tmp;
};

void TestDbToolSandbox::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    dbtooltest::makeTraversable(m_tmp->path());
}

QProcessEnvironment TestDbToolSandbox::sandboxEnv(const QStringList &extra) const
{
    return dbtooltest::environmentWith(QStringList{"TMPDIR=" + m_tmp->path()} + extra);
}

QStringList TestDbToolSandbox::leftovers() const
{
    return QDir(m_tmp->path()).entryList({"dicedesk-sandbox-*"}, QDir::AllEntries | QDir::Hidden);
}

QString TestDbToolSandbox::psql() const
{
    const QString bin = qEnvironmentVariable("DICEDESK_PG_BINDIR", "/usr/lib/postgresql/15/bin");
    return bin + "/psql";
}

bool TestDbToolSandbox::waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(50);
    }
    return true;
}

void TestDbToolSandbox::exitCodesPropagate_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("true") << QStringList{"true"} << 0;
    QTest::newRow("false") << QStringList{"false"} << 1;
    QTest::newRow("exit 7") << QStringList{"sh", "-c", "exit 7"} << 7;
    QTest::newRow("killed by SIGTERM") << QStringList{"sh", "-c", "kill -TERM $$"} << 128 + SIGTERM;
    QTest::newRow("crash (SIGSEGV)") << QStringList{"sh", "-c", "kill -SEGV $$"} << 128 + SIGSEGV;
    QTest::newRow("command not found") << QStringList{"/nonexistent/command"} << 127;
}

void TestDbToolSandbox::exitCodesPropagate()
{
    QFETCH(QStringList, command);
    QFETCH(int, exitCode);
    const ToolRun run = runTool(QStringList{"sandbox", "--"} + command, sandboxEnv());
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode == 127) {
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(run.err.startsWith(QLatin1String("dicedesk-db: cannot run /nonexistent/command")));
    } else {
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }
    QCOMPARE(leftovers(), QStringList());
}

void TestDbToolSandbox::failingChildLeavesNothingBehind()
{
    // The server must really be up while the command runs (else exit 9), then be gone.
    const ToolRun run = runTool({"sandbox", "--", "sh", "-c",
                                 "echo \"$DICEDESK_TEST_SANDBOX\"; "
                                 "test -S \"$PGHOST/.s.PGSQL.$PGPORT\" || exit 9; exit 1"},
                                sandboxEnv());
    QCOMPARE(run.exitCode, 1);
    const QString folder = run.out.trimmed();
    QVERIFY2(folder.startsWith(m_tmp->path() + "/dicedesk-sandbox-"), qPrintable(folder));
    QVERIFY(!QFileInfo::exists(folder));
    QVERIFY(!dbtooltest::processMentions(folder));
    QCOMPARE(leftovers(), QStringList());

    // The plain case from the brief, in the default location /tmp.
    const QStringList before = QDir("/tmp").entryList({"dicedesk-sandbox-*"}, QDir::Dirs);
    const ToolRun plain =
        runTool({"sandbox", "--", "sh", "-c", "echo \"$DICEDESK_TEST_SANDBOX\"; exec false"},
                dbtooltest::environmentWith({"TMPDIR="}));
    QCOMPARE(plain.exitCode, 1);
    const QString tmpFolder = plain.out.trimmed();
    QVERIFY2(tmpFolder.startsWith("/tmp/dicedesk-sandbox-"), qPrintable(tmpFolder));
    QVERIFY(!QFileInfo::exists(tmpFolder));
    QVERIFY(!dbtooltest::processMentions(tmpFolder));
    QVERIFY(!before.contains(QFileInfo(tmpFolder).fileName()));
}

void TestDbToolSandbox::environmentAndOutputPassThrough()
{
    // Caller PG* variables must not leak into the sandbox (PGHOSTADDR would redirect libpq).
    const QString script =
        QStringLiteral(
            "printf 'dsn=%s\\nsocket=%s\\nport=%s\\nhost=%s\\npgport=%s\\nuser=%s\\n"
            "db=%s\\nhostaddr=%s\\n' \"$DICEDESK_TEST_DSN\" \"$DICEDESK_TEST_SOCKET_DIR\" "
            "\"$DICEDESK_TEST_PORT\" \"$PGHOST\" \"$PGPORT\" \"$PGUSER\" \"$PGDATABASE\" "
            "\"$PGHOSTADDR\"; %1 -XAtc 'select current_database()'; printf 'to stderr' >&2")
            .arg(psql());
    const ToolRun run = runTool({"sandbox", "--", "sh", "-c", script},
                                sandboxEnv({"PGHOSTADDR=192.0.2.1", "PGDATABASE=elsewhere"}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.err, QStringLiteral("to stderr")); // nothing from the sandbox itself
    QMap<QString, QString> values;
    for (const QString &line : run.outLines()) {
        const qsizetype eq = line.indexOf('=');
        values.insert(eq > 0 ? line.left(eq) : QStringLiteral("psql"), line.mid(eq + 1));
    }
    const QString socket = values.value("socket");
    QVERIFY2(socket.startsWith(m_tmp->path() + "/dicedesk-sandbox-") && socket.endsWith("/socket"),
             qPrintable(socket));
    const int port = values.value("port").toInt();
    QVERIFY2(port >= 20000 && port <= 60000, qPrintable(values.value("port")));
    QCOMPARE(values.value("dsn"),
             QStringLiteral("host=%1 port=%2 dbname=dicedesk user=postgres").arg(socket).arg(port));
    QCOMPARE(values.value("host"), socket);
    QCOMPARE(values.value("pgport"), QString::number(port));
    QCOMPARE(values.value("user"), QStringLiteral("postgres"));
    QCOMPARE(values.value("db"), QStringLiteral("dicedesk"));
    QCOMPARE(values.value("hostaddr"), QString());
    QCOMPARE(values.value("psql"), QStringLiteral("dicedesk"));
    QCOMPARE(leftovers(), QStringList());
}

void TestDbToolSandbox::startSleepingSandbox(QProcess &process, QString &folder,
                                             dicedesk::db::ProcessId &child)
{
    const QString marker = m_tmp->filePath("marker");
    QFile::remove(marker);
    process.setProcessEnvironment(sandboxEnv());
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(dbtooltest::toolPath(),
                  {"sandbox", "--", "sh", "-c",
                   QStringLiteral("echo \"$DICEDESK_TEST_SANDBOX $$\" > %1.tmp && mv %1.tmp %1; "
                                  "exec sleep 60")
                       .arg(marker)});
    QVERIFY(process.waitForStarted());
    QVERIFY2(waitUntil([&] { return QFile::exists(marker); }, 20000), "the command never started");
    QFile file(marker);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList parts = QString::fromLocal8Bit(file.readAll()).simplified().split(' ');
    QCOMPARE(parts.size(), 2);
    folder = parts.at(0);
    child = dicedesk::db::ProcessId::of(parts.at(1).toInt());
    QVERIFY(QFileInfo::exists(folder + "/data/postmaster.pid"));
    QVERIFY(child.isAlive());
}

void TestDbToolSandbox::signalsStopEverything_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGHUP") << int(SIGHUP);
}

void TestDbToolSandbox::signalsStopEverything()
{
    QFETCH(int, signal);
    QProcess sandbox;
    QString folder;
    dicedesk::db::ProcessId child;
    startSleepingSandbox(sandbox, folder, child);
    if (QTest::currentTestFailed())
        return;

    ::kill(static_cast<pid_t>(sandbox.processId()), signal);
    QVERIFY(sandbox.waitForFinished(30000));
    QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit); // the sandbox handled the signal
    QCOMPARE(sandbox.exitCode(), 128 + signal);           // the forwarded signal killed the child
    QVERIFY(!child.isAlive());
    QVERIFY(!QFileInfo::exists(folder));
    QVERIFY(!dbtooltest::processMentions(folder));
    QCOMPARE(leftovers(), QStringList());
}

void TestDbToolSandbox::signalDuringSetupStopsBeforeTheCommand()
{
    // A slow migration keeps the sandbox in its setup; SIGTERM then must prevent the command.
    QTemporaryDir migrations;
    dbtooltest::makeTraversable(migrations.path());
    dbtooltest::writeFile(migrations.filePath("0001_slow.sql"), "select pg_sleep(30);");
    const QString marker = m_tmp->filePath("ran");
    QProcess sandbox;
    sandbox.setProcessEnvironment(sandboxEnv({"DICEDESK_MIGRATIONS_DIR=" + migrations.path()}));
    sandbox.start(dbtooltest::toolPath(), {"sandbox", "--migrate", "--", "touch", marker});
    QVERIFY(sandbox.waitForStarted());
    QVERIFY(waitUntil([&] { return !leftovers().isEmpty(); }, 10000));
    const QString folder = m_tmp->filePath(leftovers().first());
    QVERIFY(waitUntil([&] { return QFileInfo::exists(folder + "/data/postmaster.pid"); }, 10000));
    ::kill(static_cast<pid_t>(sandbox.processId()), SIGTERM);
    QVERIFY(sandbox.waitForFinished(30000));
    QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.exitCode(), 128 + SIGTERM);
    const QString err = QString::fromUtf8(sandbox.readAllStandardError()).trimmed();
    QCOMPARE(err,
             QStringLiteral("dicedesk-db: sandbox interrupted by SIGTERM before the command ran"));
    QVERIFY(!QFileInfo::exists(marker));
    QVERIFY(!QFileInfo::exists(folder));
    QVERIFY(!dbtooltest::processMentions(folder));
}

namespace {

QList<pid_t> descendantsOf(pid_t root)
{
    QMultiHash<pid_t, pid_t> children;
    const QStringList pids = QDir("/proc").entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        QFile stat("/proc/" + pid + "/stat");
        if (pid.toInt() <= 0 || !stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        children.insert(static_cast<pid_t>(fields.value(1).toInt()),
                        static_cast<pid_t>(pid.toInt()));
    }
    QList<pid_t> result{root};
    for (int i = 0; i < result.size(); ++i)
        result += children.values(result.at(i));
    return result;
}

} // namespace

void TestDbToolSandbox::processTreeKillIsCleanedByJanitor()
{
    QProcess sandbox;
    QString folder;
    dicedesk::db::ProcessId child;
    startSleepingSandbox(sandbox, folder, child);
    if (QTest::currentTestFailed())
        return;

    // What CTest does on TIMEOUT: stop and SIGKILL the test and every descendant process. The
    // sandbox gets no chance to clean up; its janitor must not be among the descendants.
    const QList<pid_t> tree = descendantsOf(static_cast<pid_t>(sandbox.processId()));
    QVERIFY(tree.contains(child.pid));
    for (pid_t pid : tree)
        ::kill(pid, SIGSTOP);
    for (pid_t pid : tree)
        ::kill(pid, SIGKILL);
    QVERIFY(sandbox.waitForFinished(10000));
    QVERIFY2(waitUntil([&] { return !QFileInfo::exists(folder); }, 20000), qPrintable(folder));
    QVERIFY(waitUntil([&] { return !child.isAlive(); }, 5000));
    QVERIFY(waitUntil([&] { return !dbtooltest::processMentions(folder); }, 5000));
    QCOMPARE(leftovers(), QStringList());
}

void TestDbToolSandbox::killedSandboxIsCleanedByJanitor()
{
    QProcess sandbox;
    QString folder;
    dicedesk::db::ProcessId child;
    startSleepingSandbox(sandbox, folder, child);
    if (QTest::currentTestFailed())
        return;

    sandbox.kill(); // SIGKILL for the sandbox alone: its command must be stopped too
    QVERIFY(sandbox.waitForFinished(10000));
    QVERIFY2(waitUntil([&] { return !QFileInfo::exists(folder); }, 20000), qPrintable(folder));
    QVERIFY(waitUntil([&] { return !child.isAlive(); }, 10000));
    QVERIFY(waitUntil([&] { return !dbtooltest::processMentions(folder); }, 5000));
    QCOMPARE(leftovers(), QStringList());
}

void TestDbToolSandbox::keepKeepsARestartableFolder()
{
    const ToolRun run =
        runTool({"sandbox", "--keep", "--", "sh", "-c",
                 "echo \"$DICEDESK_TEST_SANDBOX\"; "
                 "psql -XAtc 'create table kept(x int); insert into kept values (42)'"
                 " >/dev/null"},
                sandboxEnv({"PATH=" + QFileInfo(psql()).absolutePath() + ":" +
                            qEnvironmentVariable("PATH")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString folder = run.out.trimmed();
    auto destroy = qScopeGuard([&] { runTool({"local", "destroy", "--dir", folder}); });
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(folder), qPrintable(run.err));
    QVERIFY(QFileInfo::exists(folder + "/data/PG_VERSION"));
    QVERIFY(!dbtooltest::processMentions(folder)); // the server was stopped

    ToolRun local = runTool({"local", "start", "--dir", folder});
    QVERIFY2(local.exitCode == 0, qPrintable(local.err));
    QCOMPARE(dbtooltest::queryValue(local.out.trimmed(), "select x from kept"),
             QStringLiteral("42"));
    local = runTool({"local", "destroy", "--dir", folder});
    QCOMPARE(local.exitCode, 0);
    QVERIFY(!QFileInfo::exists(folder));
}

void TestDbToolSandbox::migratesAndSeeds()
{
    QTemporaryDir files;
    dbtooltest::makeTraversable(files.path());
    dbtooltest::writeFile(files.filePath("migrations/0001_settings.sql"),
                          "create table seed_settings(seed text, events text, anchor text);\n");
    dbtooltest::writeFile(files.filePath("seed/010_settings.sql"),
                          "insert into seed_settings select current_setting('dicedesk.seed'), "
                          "current_setting('dicedesk.scale_events'), "
                          "current_setting('dicedesk.anchor');\n");
    const QString script =
        QStringLiteral("%1 -XAtc 'select seed, events, anchor from seed_settings'; "
                       "%1 -XAtc 'select count(*) from dicedesk_schema_migrations'")
            .arg(psql());
    const QStringList env{"DICEDESK_MIGRATIONS_DIR=" + files.filePath("migrations"),
                          "DICEDESK_SEED_DIR=" + files.filePath("seed")};

    ToolRun run = runTool({"sandbox", "--seed", "1234", "--", "sh", "-c", script}, sandboxEnv(env));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.outLines(), (QStringList{"42|1234|2026-06-30", "1"}));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err)); // progress is only shown with --verbose

    run = runTool({"sandbox", "--seed", "--", "sh", "-c", script}, sandboxEnv(env));
    QCOMPARE(run.outLines().value(0), QStringLiteral("42|200000|2026-06-30")); // default: small

    run = runTool({"sandbox", "--migrate", "--", "sh", "-c",
                   psql() + " -XAtc 'select count(*) from seed_settings'"},
                  sandboxEnv(env));
    QCOMPARE(run.outLines(), QStringList{"0"}); // migrated, not seeded

    // A failing migration fails the sandbox (one line) before the command runs.
    dbtooltest::writeFile(files.filePath("migrations/0002_broken.sql"), "select * from nope;");
    run = runTool({"sandbox", "--migrate", "--", "sh", "-c", "echo ran"}, sandboxEnv(env));
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains("migration 0002_broken.sql failed"), qPrintable(run.err));
    QCOMPARE(leftovers(), QStringList());
}

void TestDbToolSandbox::cleanupStaleRemovesOnlyDeadSandboxes()
{
    // A kept sandbox whose owner is dead, with its server running again: stale.
    ToolRun run = runTool(
        {"sandbox", "--keep", "--", "sh", "-c", "echo \"$DICEDESK_TEST_SANDBOX\""}, sandboxEnv());
    QCOMPARE(run.exitCode, 0);
    const QString stale = run.out.trimmed();
    auto destroy = qScopeGuard([&] { runTool({"local", "destroy", "--dir", stale}); });
    QCOMPARE(runTool({"local", "start", "--dir", stale}).exitCode, 0);
    QVERIFY(dbtooltest::processMentions(stale));
    QProcess dead;
    dead.start("sleep", {"0.1"});
    QVERIFY(dead.waitForStarted());
    const qint64 deadPid = dead.processId();
    QVERIFY(dead.waitForFinished());
    dbtooltest::writeFile(stale + "/sandbox.pid", QByteArray::number(deadPid) + " -1\n");

    // A folder owned by a live process (this test): in use, must stay.
    const QString live = m_tmp->filePath("dicedesk-sandbox-live01");
    dbtooltest::writeFile(live + "/sandbox.pid",
                          dicedesk::db::ProcessId::self().toString().toLatin1() + "\n");

    run = runTool({"sandbox", "--cleanup-stale"}, sandboxEnv());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains("removed stale sandbox " + stale), qPrintable(run.out));
    QVERIFY(!QFileInfo::exists(stale));
    QVERIFY(!dbtooltest::processMentions(stale));
    QVERIFY(QFileInfo::exists(live + "/sandbox.pid"));
    QVERIFY2(run.out.contains("removed 1 stale sandboxes"), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestDbToolSandbox)
#include "tst_dbtool_sandbox.moc"
