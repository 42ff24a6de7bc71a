// The demo-data generator (db/seed/*.sql) against a real PostgreSQL.
//
// Runs inside `dicedesk-db sandbox --migrate` (or any server: set DICEDESK_TEST_DSN to a
// superuser DSN). It creates three scratch databases, migrates them and seeds a small custom
// scale: two with the same seed (their data must be byte-identical), one with another seed (its
// data must differ). The first one is then checked for the properties the console relies on.
//
// The databases are migrated and seeded with the dicedesk-db binary when it was built (the real
// path); otherwise, or with DICEDESK_TEST_SEED_RUNNER=internal, the test applies the files
// itself following the same contract: one session, settings dicedesk.seed /
// dicedesk.scale_events / dicedesk.anchor, files in name order, *.tx.sql in a transaction, each
// file sent as one multi-statement string.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QUrl>
#include <memory>
#include <pqxx/connection>
#include <pqxx/except>
#include <pqxx/nontransaction>
#include <pqxx/result>
#include <pqxx/transaction>

namespace {

constexpr qint64 Events = 20000;
constexpr const char *Anchor = "2026-06-30";
constexpr const char *SeedA = "1234";
constexpr const char *SeedB = "5678";

struct DemoLogin
{
    const char *login;
    const char *uuid;
};

const DemoLogin DemoLogins[] = {
    {"demo_sysadmin", "d1ced35c-de00-4000-8000-000000000001"},
    {"demo_tenant_admin", "d1ced35c-de00-4000-8000-000000000002"},
    {"demo_designer", "d1ced35c-de00-4000-8000-000000000003"},
    {"demo_member", "d1ced35c-de00-4000-8000-000000000004"},
};

// Every table the seed writes, with the key the fingerprint is ordered by and, for the two
// tables the migrations also fill (random ids, now()), the rows that belong to the seed.
struct SeededTable
{
    const char *name;
    const char *orderBy;
    const char *where;
    bool seedIndependent; // identical for every seed (fixed demo ids and anchor-based times)
};

const SeededTable SeededTables[] = {
    {"tenants", "id", "", false},
    {"users", "id", "", false},
    {"user_tenant_memberships", "id", "", false},
    {"dicedesk_login_users", "login_role", "", true},
    {"gamification_settings", "id", "WHERE t.tenant_id IS NOT NULL", false},
    {"gamification_events", "id", "", false},
    {"coin_transactions", "id", "", false},
    {"user_coins", "id", "", false},
    {"xp_transactions", "id", "", false},
    {"user_progress", "id", "", false},
    {"achievements", "id", "", false},
    {"achievement_translations", "id", "", false},
    {"achievement_versions", "id", "", false},
    {"user_achievements", "id", "", false},
    {"gamification_admin_awards", "id", "", false},
    {"gamification_admin_award_recipients", "id", "", false},
    {"gamification_admin_award_requests", "id", "", false},
    {"gamification_admin_award_request_recipients", "id", "", false},
    {"tenant_audit_logs", "id", "", false},
};

QString conninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// The base DSN with another database (and optionally another user and password). Handles the
// URI form and the keyword form (later keywords override earlier ones).
QString dsnWith(const QString &base, const QString &dbname, const QString &user = {},
                const QString &password = {})
{
    if (base.startsWith(QLatin1String("postgres://")) ||
        base.startsWith(QLatin1String("postgresql://"))) {
        QUrl url(base);
        url.setPath(QLatin1Char('/') + dbname);
        if (!user.isEmpty())
            url.setUserName(user);
        if (!password.isEmpty())
            url.setPassword(password);
        return url.toString();
    }
    QString dsn = base + QStringLiteral(" dbname=") + conninfoValue(dbname);
    if (!user.isEmpty())
        dsn += QStringLiteral(" user=") + conninfoValue(user);
    if (!password.isEmpty())
        dsn += QStringLiteral(" password=") + conninfoValue(password);
    return dsn;
}

std::unique_ptr<pqxx::connection> openDatabase(const QString &dsn)
{
    auto connection = std::make_unique<pqxx::connection>(dsn.toStdString());
    pqxx::nontransaction tx(*connection);
    tx.exec("SET TimeZone = 'UTC'");
    return connection;
}

QString text(pqxx::connection &connection, const std::string &sql)
{
    pqxx::nontransaction tx(connection);
    const pqxx::result result = tx.exec(sql);
    if (result.empty())
        return QStringLiteral("<no rows>");
    if (result[0][0].is_null())
        return QStringLiteral("<null>");
    return QString::fromStdString(result[0][0].as<std::string>());
}

long long number(pqxx::connection &connection, const std::string &sql)
{
    pqxx::nontransaction tx(connection);
    return tx.exec1(sql)[0].as<long long>();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList sqlFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
}

} // namespace

class TestSeedData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void sameSeedGivesIdenticalData();
    void otherSeedGivesOtherData();
    void refusesDatabaseWithData();
    void scaleDerivedCounts();
    void rolesAndMemberships();
    void demoLogins_data();
    void demoLogins();
    void demoRowLevelSecurity();
    void walletsEqualLedger();
    void ledgerRules();
    void progressEqualsXp();
    void achievementsInEveryState();
    void awardsAndRecipients();
    void requestsInEveryState();
    void auditChainsVerify();
    void eventsShape();
    void timestampsInsideWindow();

private:
    bool useTool() const;
    void createDatabase(const QString &name);
    void migrate(const QString &dbname);
    // Returns an empty string on success, otherwise the error text.
    QString seed(const QString &dbname, const QString &seedValue);
    QString seedInProcess(const QString &dsn, const QString &seedValue);
    QString runTool(const QStringList &args);
    QMap<QString, QString> fingerprints(const QString &dbname);

    QString m_baseDsn;
    QString m_prefix;
    QStringList m_databases;
    QString m_dbA;
    QString m_dbB;
    QString m_dbC;
    std::unique_ptr<pqxx::connection> m_a; // the seeded database that is inspected
};

bool TestSeedData::useTool() const
{
#ifdef DICEDESK_TEST_DB_TOOL
    return qEnvironmentVariable("DICEDESK_TEST_SEED_RUNNER") != QLatin1String("internal") &&
           QFile::exists(QStringLiteral(DICEDESK_TEST_DB_TOOL));
#else
    return false;
#endif
}

QString TestSeedData::runTool(const QStringList &args)
{
#ifdef DICEDESK_TEST_DB_TOOL
    QProcess process;
    process.start(QStringLiteral(DICEDESK_TEST_DB_TOOL), args);
    if (!process.waitForStarted())
        return QStringLiteral("cannot start dicedesk-db: ") + process.errorString();
    process.closeWriteChannel();
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("dicedesk-db %1 timed out").arg(args.value(0));
    }
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("dicedesk-db %1 exited with %2: %3")
            .arg(args.value(0))
            .arg(process.exitCode())
            .arg(err.trimmed());
    return {};
#else
    Q_UNUSED(args);
    return QStringLiteral("dicedesk-db was not built");
#endif
}

void TestSeedData::createDatabase(const QString &name)
{
    auto admin = openDatabase(m_baseDsn);
    pqxx::nontransaction tx(*admin);
    tx.exec("DROP DATABASE IF EXISTS " + tx.quote_name(name.toStdString()) + " WITH (FORCE)");
    tx.exec("CREATE DATABASE " + tx.quote_name(name.toStdString()));
    m_databases << name;
}

void TestSeedData::migrate(const QString &dbname)
{
    const QString dsn = dsnWith(m_baseDsn, dbname);
    if (useTool()) {
        const QString error =
            runTool({QStringLiteral("migrate"), QStringLiteral("--dsn"), dsn,
                     QStringLiteral("--dir"), QStringLiteral(DICEDESK_TEST_MIGRATIONS_DIR)});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        return;
    }
    auto connection = openDatabase(dsn);
    for (const QString &name : sqlFiles(QStringLiteral(DICEDESK_TEST_MIGRATIONS_DIR))) {
        const QByteArray sql =
            readFile(QStringLiteral(DICEDESK_TEST_MIGRATIONS_DIR) + QLatin1Char('/') + name);
        QVERIFY2(!sql.isEmpty(), qPrintable(name));
        pqxx::work tx(*connection);
        tx.exec(sql.toStdString());
        tx.commit();
    }
}

QString TestSeedData::seedInProcess(const QString &dsn, const QString &seedValue)
{
    const QString dir = QStringLiteral(DICEDESK_TEST_SEED_DIR);
    try {
        pqxx::connection connection(dsn.toStdString());
        {
            pqxx::nontransaction tx(connection);
            tx.exec_params("SELECT set_config('dicedesk.seed', $1, false), "
                           "set_config('dicedesk.scale_events', $2, false), "
                           "set_config('dicedesk.anchor', $3, false)",
                           seedValue.toStdString(), std::to_string(Events), std::string(Anchor));
        }
        for (const QString &name : sqlFiles(dir)) {
            const std::string sql = readFile(dir + QLatin1Char('/') + name).toStdString();
            if (name.endsWith(QLatin1String(".tx.sql"))) {
                pqxx::work tx(connection);
                tx.exec(sql);
                tx.commit();
            } else {
                pqxx::nontransaction tx(connection);
                tx.exec(sql);
            }
        }
    } catch (const std::exception &error) {
        return QString::fromUtf8(error.what()).trimmed();
    }
    return {};
}

QString TestSeedData::seed(const QString &dbname, const QString &seedValue)
{
    const QString dsn = dsnWith(m_baseDsn, dbname);
    if (useTool())
        return runTool({QStringLiteral("seed"), QStringLiteral("--dsn"), dsn,
                        QStringLiteral("--scale"), QString::number(Events),
                        QStringLiteral("--seed"), seedValue, QStringLiteral("--anchor"),
                        QString::fromLatin1(Anchor), QStringLiteral("--dir"),
                        QStringLiteral(DICEDESK_TEST_SEED_DIR)});
    return seedInProcess(dsn, seedValue);
}

QMap<QString, QString> TestSeedData::fingerprints(const QString &dbname)
{
    auto connection = openDatabase(dsnWith(m_baseDsn, dbname));
    QMap<QString, QString> result;
    for (const SeededTable &table : SeededTables) {
        const std::string sql =
            std::string("SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, "
                        "'|' ORDER BY t.") +
            table.orderBy + "), '')) FROM public." + table.name + " t " + table.where;
        result.insert(QString::fromLatin1(table.name), text(*connection, sql));
    }
    return result;
}

void TestSeedData::initTestCase()
{
    m_baseDsn = qEnvironmentVariable("DICEDESK_TEST_DSN");
    if (m_baseDsn.isEmpty())
        QSKIP("DICEDESK_TEST_DSN is not set (run through: dicedesk-db sandbox --migrate -- "
              "tst_seed_data)");
    qInfo("seeding with %s", useTool() ? "dicedesk-db" : "the in-process runner");

    m_prefix = QStringLiteral("tst_seed_data_%1_").arg(QCoreApplication::applicationPid());
    m_dbA = m_prefix + QStringLiteral("a");
    m_dbB = m_prefix + QStringLiteral("b");
    m_dbC = m_prefix + QStringLiteral("c");
    const QList<QPair<QString, QString>> plan{{m_dbA, QString::fromLatin1(SeedA)},
                                              {m_dbB, QString::fromLatin1(SeedA)},
                                              {m_dbC, QString::fromLatin1(SeedB)}};
    for (const auto &[dbname, seedValue] : plan) {
        createDatabase(dbname);
        migrate(dbname);
        if (QTest::currentTestFailed())
            return;
        const QString error = seed(dbname, seedValue);
        QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("seeding %1: %2").arg(dbname, error)));
    }
    m_a = openDatabase(dsnWith(m_baseDsn, m_dbA));
}

void TestSeedData::cleanupTestCase()
{
    if (m_a)
        m_a->disconnect();
    m_a.reset();
    if (m_baseDsn.isEmpty() || qEnvironmentVariableIsSet("DICEDESK_TEST_KEEP_DATABASES"))
        return;
    try {
        auto admin = openDatabase(m_baseDsn);
        pqxx::nontransaction tx(*admin);
        for (const QString &name : std::as_const(m_databases))
            tx.exec("DROP DATABASE IF EXISTS " + tx.quote_name(name.toStdString()) +
                    " WITH (FORCE)");
    } catch (const std::exception &error) {
        qWarning("cannot drop the scratch databases: %s", error.what());
    }
}

void TestSeedData::sameSeedGivesIdenticalData()
{
    const QMap<QString, QString> a = fingerprints(m_dbA);
    const QMap<QString, QString> b = fingerprints(m_dbB);
    for (const SeededTable &table : SeededTables) {
        const QString name = QString::fromLatin1(table.name);
        QVERIFY2(!a.value(name).startsWith(QLatin1String("0:")),
                 qPrintable(name + QStringLiteral(" is empty")));
        QVERIFY2(a.value(name) == b.value(name),
                 qPrintable(name + QStringLiteral(": ") + a.value(name) + QStringLiteral(" vs ") +
                            b.value(name)));
    }
}

void TestSeedData::otherSeedGivesOtherData()
{
    const QMap<QString, QString> a = fingerprints(m_dbA);
    const QMap<QString, QString> c = fingerprints(m_dbC);
    for (const SeededTable &table : SeededTables) {
        const QString name = QString::fromLatin1(table.name);
        if (table.seedIndependent)
            QVERIFY2(a.value(name) == c.value(name), qPrintable(name));
        else
            QVERIFY2(a.value(name) != c.value(name),
                     qPrintable(name + QStringLiteral(" does not depend on the seed")));
    }
}

void TestSeedData::refusesDatabaseWithData()
{
    const QString error = seed(m_dbA, QString::fromLatin1(SeedA));
    QVERIFY2(error.contains(QLatin1String("database already has data; seed a fresh database")),
             qPrintable(error));
    QCOMPARE(number(*m_a, "SELECT count(*) FROM gamification_events"), Events);
}

void TestSeedData::scaleDerivedCounts()
{
    // users = greatest(300, E / 100), 4 tenants up to 1M events
    QCOMPARE(number(*m_a, "SELECT count(*) FROM users"), 300LL);
    QCOMPARE(number(*m_a, "SELECT count(*) FROM tenants"), 4LL);
    QCOMPARE(number(*m_a, "SELECT count(*) FROM gamification_events"), Events);
    const long long coins = number(*m_a, "SELECT count(*) FROM coin_transactions");
    QVERIFY2(coins > Events / 6 && coins < Events / 3, qPrintable(QString::number(coins)));
    const long long xp = number(*m_a, "SELECT count(*) FROM xp_transactions");
    QVERIFY2(xp > Events / 12 && xp < Events / 5, qPrintable(QString::number(xp)));
    QCOMPARE(number(*m_a, "SELECT count(DISTINCT lower(email)) FROM users"), 300LL);
    QCOMPARE(number(*m_a, "SELECT count(*) FROM gamification_settings WHERE tenant_id IS NOT NULL "
                          "AND award_approval_threshold = 1000"),
             1LL);
}

void TestSeedData::rolesAndMemberships()
{
    QVERIFY(number(*m_a, "SELECT count(*) FROM users WHERE global_role = 'system_admin'") >= 2);
    for (const char *role : {"owner", "admin", "editor", "member"}) {
        const std::string sql =
            std::string("SELECT count(DISTINCT tenant_id) FROM user_tenant_memberships "
                        "WHERE status = 'active' AND role = '") +
            role + "'";
        QVERIFY2(number(*m_a, sql) == 4, role);
    }
    QVERIFY(number(*m_a, "SELECT count(*) FROM user_tenant_memberships WHERE status = 'invited'") >
            0);
    QVERIFY(number(*m_a,
                   "SELECT count(*) FROM user_tenant_memberships WHERE status = 'suspended'") > 0);
    QVERIFY(number(*m_a, "SELECT count(*) FROM user_tenant_memberships WHERE NOT is_primary") > 0);
    // every user has exactly one primary membership, at most two in all
    QCOMPARE(number(*m_a, "SELECT count(*) FROM users u WHERE (SELECT count(*) FROM "
                          "user_tenant_memberships m WHERE m.user_id = u.id AND m.is_primary) <> 1 "
                          "OR (SELECT count(*) FROM user_tenant_memberships m "
                          "WHERE m.user_id = u.id) > 2"),
             0LL);
    // demo memberships: tenant admin in the first two tenants, designer editor in the first
    QCOMPARE(text(*m_a,
                  "SELECT string_agg(t.slug || ':' || m.role || ':' || m.status, ',' "
                  "ORDER BY t.created_at) FROM user_tenant_memberships m JOIN tenants t ON "
                  "t.id = m.tenant_id WHERE m.user_id = 'd1ced35c-de00-4000-8000-000000000002'"),
             QStringLiteral("lekbanken-demo:admin:active,nordic-scouts:admin:active"));
    QCOMPARE(text(*m_a, "SELECT string_agg(t.slug || ':' || m.role, ',') FROM "
                        "user_tenant_memberships m JOIN tenants t ON t.id = m.tenant_id WHERE "
                        "m.user_id = 'd1ced35c-de00-4000-8000-000000000003'"),
             QStringLiteral("lekbanken-demo:editor"));
    QCOMPARE(text(*m_a, "SELECT string_agg(t.slug || ':' || m.role, ',') FROM "
                        "user_tenant_memberships m JOIN tenants t ON t.id = m.tenant_id WHERE "
                        "m.user_id IN ('d1ced35c-de00-4000-8000-000000000001', "
                        "'d1ced35c-de00-4000-8000-000000000004')"),
             QStringLiteral("lekbanken-demo:member,lekbanken-demo:member"));
}

void TestSeedData::demoLogins_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("uuid");
    for (const DemoLogin &demo : DemoLogins)
        QTest::newRow(demo.login) << QString::fromLatin1(demo.login)
                                  << QString::fromLatin1(demo.uuid);
}

void TestSeedData::demoLogins()
{
    QFETCH(QString, login);
    QFETCH(QString, uuid);
    QCOMPARE(text(*m_a, "SELECT user_id::text FROM dicedesk_login_users WHERE login_role = '" +
                            login.toStdString() + "'"),
             uuid);
    QCOMPARE(text(*m_a, "SELECT rolcanlogin::text FROM pg_roles WHERE rolname = '" +
                            login.toStdString() + "'"),
             QStringLiteral("true"));
    QCOMPARE(text(*m_a, "SELECT pg_has_role('" + login.toStdString() +
                            "', 'dicedesk_personal_login', 'MEMBER')::text"),
             QStringLiteral("true"));

    std::unique_ptr<pqxx::connection> demo;
    try {
        demo = openDatabase(dsnWith(m_baseDsn, m_dbA, login, QStringLiteral("demo")));
    } catch (const std::exception &error) {
        QFAIL(qPrintable(
            QStringLiteral("cannot log in as %1: %2").arg(login, QString::fromUtf8(error.what()))));
    }
    QCOMPARE(text(*demo, "SELECT session_user::text"), login);
    QCOMPARE(text(*demo, "SELECT auth.uid()::text"), uuid);
    const bool sysadmin = login == QLatin1String("demo_sysadmin");
    QCOMPARE(text(*demo, "SELECT is_system_admin()::text"),
             sysadmin ? QStringLiteral("true") : QStringLiteral("false"));
    const long long adminOf =
        number(*demo, "SELECT cardinality(tenant_admin_of) FROM get_user_admin_roles()");
    const long long editorOf =
        number(*demo, "SELECT cardinality(tenant_editor_of) FROM get_user_admin_roles()");
    if (login == QLatin1String("demo_tenant_admin")) {
        QCOMPARE(adminOf, 2LL);
    } else if (login == QLatin1String("demo_designer")) {
        QCOMPARE(adminOf, 0LL);
        QCOMPARE(editorOf, 1LL);
    } else {
        QCOMPARE(adminOf, 0LL);
        QCOMPARE(editorOf, 0LL);
    }
    // every demo persona is somebody in the data
    QVERIFY(number(*m_a, "SELECT count(*) FROM gamification_events WHERE actor_user_id = '" +
                             uuid.toStdString() + "'") > 0);
    demo->disconnect();
}

void TestSeedData::demoRowLevelSecurity()
{
    auto member = openDatabase(
        dsnWith(m_baseDsn, m_dbA, QStringLiteral("demo_member"), QStringLiteral("demo")));
    const long long own = number(*m_a, "SELECT count(*) FROM coin_transactions WHERE user_id = "
                                       "'d1ced35c-de00-4000-8000-000000000004'");
    QVERIFY2(own > 20, "demo_member should have a ledger");
    QCOMPARE(number(*member, "SELECT count(*) FROM coin_transactions"), own);
    QVERIFY(number(*member, "SELECT count(*) FROM user_coins WHERE balance > 0") >= 1);
    QVERIFY(number(*member, "SELECT count(*) FROM user_progress") >= 1);
    QVERIFY(number(*member, "SELECT count(*) FROM user_achievements") >= 3);
    member->disconnect();

    auto admin = openDatabase(
        dsnWith(m_baseDsn, m_dbA, QStringLiteral("demo_tenant_admin"), QStringLiteral("demo")));
    QCOMPARE(number(*admin, "SELECT count(DISTINCT tenant_id) FROM coin_transactions"), 2LL);
    QVERIFY(number(*admin, "SELECT count(*) FROM gamification_admin_award_requests WHERE status = "
                           "'pending' AND requester_user_id = auth.uid()") > 0);
    admin->disconnect();
}

void TestSeedData::walletsEqualLedger()
{
    QCOMPARE(number(*m_a, R"(
        SELECT count(*)
          FROM user_coins w
          FULL JOIN (SELECT user_id, tenant_id,
                            sum(amount) FILTER (WHERE type = 'earn') AS earned,
                            coalesce(sum(amount) FILTER (WHERE type = 'spend'), 0) AS spent
                       FROM coin_transactions GROUP BY user_id, tenant_id) l
            ON l.user_id = w.user_id AND l.tenant_id IS NOT DISTINCT FROM w.tenant_id
         WHERE w.id IS NULL OR l.user_id IS NULL OR w.total_earned <> l.earned
            OR w.total_spent <> l.spent OR w.balance <> l.earned - l.spent)"),
             0LL);
    QCOMPARE(number(*m_a, "SELECT count(*) FROM user_coins WHERE balance < 0"), 0LL);
    QVERIFY(number(*m_a, "SELECT count(*) FROM user_coins WHERE balance > 0") > 100);
}

void TestSeedData::ledgerRules()
{
    // the running balance of every wallet never drops below zero
    QCOMPARE(number(*m_a, R"(
        SELECT count(*) FROM (
            SELECT sum(CASE type WHEN 'earn' THEN amount ELSE -amount END)
                       OVER (PARTITION BY user_id, tenant_id ORDER BY created_at, id) AS balance
              FROM coin_transactions) s
         WHERE balance < 0)"),
             0LL);
    for (const char *reason : {"event_reward", "daily_login", "campaign_bonus", "automation_rule",
                               "admin_award", "shop_purchase", "burn", "reversal"}) {
        QVERIFY2(number(*m_a, std::string(
                                  "SELECT count(*) FROM coin_transactions WHERE reason_code = '") +
                                  reason + "'") > 0,
                 reason);
    }
    // reversals: opposite type, same amount, never of a reversal
    QCOMPARE(number(*m_a, R"(
        SELECT count(*) FROM coin_transactions r JOIN coin_transactions o ON o.id = r.reversal_of
         WHERE r.type = o.type OR r.amount <> o.amount OR o.reversal_of IS NOT NULL
            OR r.reason_code <> 'reversal' OR r.created_at <= o.created_at)"),
             0LL);
    QVERIFY(number(*m_a, "SELECT count(*) FROM coin_transactions WHERE reversal_of IS NOT NULL "
                         "AND type = 'earn'") > 0);
    QVERIFY(number(*m_a, "SELECT count(*) FROM coin_transactions WHERE reversal_of IS NOT NULL "
                         "AND type = 'spend'") > 0);
    // every coin event has exactly its reward entry
    QCOMPARE(number(*m_a, R"(
        SELECT count(*) FROM gamification_events e
         WHERE e.token_type = 'dicecoin'
           AND NOT EXISTS (SELECT 1 FROM coin_transactions c
                            WHERE c.idempotency_key = 'evt:' || e.id || ':coins'
                              AND c.amount = e.amount AND c.user_id = e.actor_user_id
                              AND c.tenant_id = e.tenant_id))"),
             0LL);
    QVERIFY(
        number(
            *m_a,
            "SELECT count(*) FROM xp_transactions WHERE amount < 0 AND reversal_of IS NOT NULL") >
        0);
}

void TestSeedData::progressEqualsXp()
{
    // current_xp is the XP into the current level of the global level curve (1000, 1500, 2000,
    // 2500, 3000, then 1000 * level)
    QCOMPARE(number(*m_a, R"(
        WITH curve AS (
            SELECT l AS level, coalesce(d.next_level_xp, 1000 * l) AS next_xp
              FROM generate_series(1, 500) l
              LEFT JOIN gamification_level_definitions d ON d.tenant_id IS NULL AND d.level = l),
        starts AS (
            SELECT level, next_xp, coalesce(sum(next_xp) OVER (ORDER BY level ROWS BETWEEN
                   UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS start_xp FROM curve),
        totals AS (
            SELECT user_id, tenant_id, sum(amount) AS xp FROM xp_transactions GROUP BY 1, 2)
        SELECT count(*)
          FROM user_progress p
          FULL JOIN totals t
            ON t.user_id = p.user_id AND t.tenant_id IS NOT DISTINCT FROM p.tenant_id
          LEFT JOIN starts s ON s.level = p.level
         WHERE p.id IS NULL OR t.user_id IS NULL OR s.start_xp + p.current_xp <> t.xp
            OR p.current_xp >= s.next_xp OR p.next_level_xp <> s.next_xp)"),
             0LL);
    QVERIFY(number(*m_a, "SELECT max(level) FROM user_progress") >= 3);
}

void TestSeedData::achievementsInEveryState()
{
    for (const char *status : {"draft", "active", "archived"}) {
        for (const char *scope : {"global", "tenant"}) {
            QVERIFY2(
                number(*m_a, std::string("SELECT count(*) FROM achievements WHERE status = '") +
                                 status + "' AND scope = '" + scope + "'") > 0,
                status);
        }
    }
    QVERIFY(number(*m_a,
                   "SELECT count(*) FROM achievements WHERE is_easter_egg AND status = 'active'") >
            0);
    QCOMPARE(
        number(*m_a,
               "SELECT count(*) FROM achievements WHERE is_easter_egg AND hint_text IS NOT NULL"),
        0LL);
    QVERIFY(
        number(
            *m_a,
            "SELECT count(*) FROM achievements WHERE NOT is_easter_egg AND hint_text IS NOT NULL") >
        0);
    // translations: sv/en/no for most, a few missing
    QVERIFY(number(*m_a, "SELECT count(*) FROM achievements a WHERE (SELECT count(*) FROM "
                         "achievement_translations t WHERE t.achievement_id = a.id) = 3") > 20);
    QVERIFY(number(*m_a, "SELECT count(*) FROM achievements a WHERE (SELECT count(*) FROM "
                         "achievement_translations t WHERE t.achievement_id = a.id) < 3") > 0);
    QCOMPARE(
        number(
            *m_a,
            "SELECT count(*) FROM achievements a WHERE NOT EXISTS (SELECT 1 FROM "
            "achievement_versions v WHERE v.achievement_id = a.id AND v.version = 1) "
            "OR (SELECT count(*) FROM achievement_versions v WHERE v.achievement_id = a.id) > 3"),
        0LL);
    QVERIFY(number(*m_a, "SELECT count(*) FROM achievement_versions WHERE version = 3") > 0);
    QCOMPARE(number(*m_a,
                    "SELECT count(*) FROM achievements WHERE badge_color !~ '^#[0-9A-Fa-f]{6}$' "
                    "OR icon_config ->> 'shape' IS NULL OR icon_config ->> 'fill' <> badge_color"),
             0LL);
    // unlocks: only active or archived achievements, inside the tenant's scope
    QCOMPARE(number(*m_a,
                    "SELECT count(*) FROM user_achievements ua JOIN achievements a ON a.id = "
                    "ua.achievement_id WHERE a.status = 'draft' OR (a.tenant_id IS NOT NULL AND "
                    "a.tenant_id <> ua.tenant_id) OR ua.source NOT IN ('seed', 'admin_award') "
                    "OR ua.unlocked_at < a.created_at"),
             0LL);
    QVERIFY(number(*m_a, "SELECT count(*) FROM user_achievements WHERE source = 'admin_award'") >
            0);
    QVERIFY(number(*m_a, "SELECT count(*) FROM user_achievements ua JOIN achievements a ON a.id = "
                         "ua.achievement_id WHERE a.status = 'archived'") > 0);
}

void TestSeedData::awardsAndRecipients()
{
    for (const char *type : {"coins", "xp", "achievement"}) {
        QVERIFY2(number(*m_a, std::string("SELECT count(*) FROM gamification_admin_awards WHERE "
                                          "award_type = '") +
                                  type + "'") > 0,
                 type);
    }
    QCOMPARE(number(*m_a,
                    "SELECT count(*) FROM gamification_admin_awards a WHERE recipient_count <> "
                    "(SELECT count(*) FROM gamification_admin_award_recipients r WHERE "
                    "r.award_id = a.id) OR recipient_count < 1"),
             0LL);
    // coin recipients: the ledger entry exists, is an admin_award earn for the award amount and
    // balance_after is the wallet's running balance after it
    QCOMPARE(number(*m_a, R"(
        WITH running AS (
            SELECT id, sum(CASE type WHEN 'earn' THEN amount ELSE -amount END)
                           OVER (PARTITION BY user_id, tenant_id ORDER BY created_at, id) AS balance
              FROM coin_transactions)
        SELECT count(*)
          FROM gamification_admin_award_recipients r
          JOIN gamification_admin_awards a ON a.id = r.award_id
          LEFT JOIN coin_transactions c ON c.id = r.coin_transaction_id
          LEFT JOIN running b ON b.id = c.id
         WHERE a.award_type = 'coins'
           AND (c.id IS NULL OR c.reason_code <> 'admin_award' OR c.type <> 'earn'
                OR c.amount <> a.amount OR c.user_id <> r.user_id OR c.tenant_id <> a.tenant_id
                OR r.balance_after IS DISTINCT FROM b.balance::int))"),
             0LL);
    QCOMPARE(
        number(*m_a,
               "SELECT count(*) FROM gamification_admin_award_recipients r JOIN "
               "gamification_admin_awards a ON a.id = r.award_id WHERE a.award_type = 'xp' "
               "AND NOT EXISTS (SELECT 1 FROM xp_transactions x WHERE x.id = "
               "r.xp_transaction_id AND x.amount = a.amount AND x.reason_code = 'admin_award')"),
        0LL);
    // recipients are active members of the award's tenant
    QCOMPARE(number(*m_a,
                    "SELECT count(*) FROM gamification_admin_award_recipients r WHERE NOT EXISTS "
                    "(SELECT 1 FROM user_tenant_memberships m WHERE m.user_id = r.user_id AND "
                    "m.tenant_id = r.tenant_id AND m.status = 'active')"),
             0LL);
    // direct awards by tenant admins stay below the tenant's threshold
    QCOMPARE(number(*m_a, R"(
        SELECT count(*) FROM gamification_admin_awards a
          JOIN users u ON u.id = a.actor_user_id
          LEFT JOIN gamification_settings s ON s.tenant_id = a.tenant_id
         WHERE a.request_id IS NULL AND a.award_type = 'coins' AND u.global_role <> 'system_admin'
           AND a.amount >= coalesce(s.award_approval_threshold, 500))"),
             0LL);
}

void TestSeedData::requestsInEveryState()
{
    const long long pending = number(
        *m_a, "SELECT count(*) FROM gamification_admin_award_requests WHERE status = 'pending'");
    QCOMPARE(pending, 25LL); // greatest(25, E / 1000)
    for (const char *status : {"approved", "rejected", "expired", "cancelled"}) {
        QVERIFY2(number(*m_a, std::string("SELECT count(*) FROM gamification_admin_award_requests "
                                          "WHERE status = '") +
                                  status +
                                  "' AND requester_user_id = "
                                  "'d1ced35c-de00-4000-8000-000000000002'") > 0,
                 status);
    }
    const std::string anchor = std::string("'") + Anchor + "'::timestamptz";
    // pending: created in the last 10 days, expiring 14 days after creation (after the anchor)
    QCOMPARE(number(*m_a, "SELECT count(*) FROM gamification_admin_award_requests WHERE status = "
                          "'pending' AND (created_at < " +
                              anchor +
                              " - interval '10 days' OR "
                              "expires_at <> created_at + interval '14 days' OR expires_at <= " +
                              anchor + ")"),
             0LL);
    // amounts at or above the tenant's threshold, 1..50 recipients, all recorded
    QCOMPARE(number(*m_a, R"(
        SELECT count(*) FROM gamification_admin_award_requests r
          LEFT JOIN gamification_settings s ON s.tenant_id = r.tenant_id
         WHERE r.amount < coalesce(s.award_approval_threshold, 500)
            OR r.recipient_count NOT BETWEEN 1 AND 50
            OR r.recipient_count <> (SELECT count(*)
                                       FROM gamification_admin_award_request_recipients x
                                      WHERE x.request_id = r.id))"),
             0LL);
    // requesters are tenant admins; decisions by a system admin other than the requester
    QCOMPARE(number(*m_a, R"(
        SELECT count(*) FROM gamification_admin_award_requests r
         WHERE NOT EXISTS (SELECT 1 FROM user_tenant_memberships m
                            WHERE m.user_id = r.requester_user_id
                             AND m.tenant_id = r.tenant_id AND m.role IN ('owner', 'admin'))
            OR (r.status IN ('approved', 'rejected')
                AND (r.decided_by_user_id = r.requester_user_id OR r.decision_reason IS NULL
                     OR r.decided_at <= r.created_at
                     OR NOT EXISTS (SELECT 1 FROM users u WHERE u.id = r.decided_by_user_id
                                      AND u.global_role = 'system_admin')))
            OR (r.status = 'approved') <> (r.award_id IS NOT NULL))"),
             0LL);
    // an approved request's award: key 'award-request:<id>', same amount and recipients
    QCOMPARE(number(*m_a, R"(
        SELECT count(*) FROM gamification_admin_award_requests r
          JOIN gamification_admin_awards a ON a.id = r.award_id
         WHERE a.idempotency_key <> 'award-request:' || r.id OR a.request_id <> r.id
            OR a.amount <> r.amount OR a.actor_user_id <> r.requester_user_id
            OR a.recipient_count <> r.recipient_count OR a.created_at <> r.decided_at)"),
             0LL);
    QVERIFY(
        number(*m_a,
               "SELECT count(*) FROM gamification_admin_award_requests WHERE status = "
               "'pending' AND tenant_id = (SELECT id FROM tenants WHERE slug = 'nordic-scouts') "
               "AND amount >= 1000") > 0);
}

void TestSeedData::auditChainsVerify()
{
    // Verified as the platform's server would: a trusted session with service claims, no user.
    number(*m_a,
           "SELECT count(set_config('request.jwt.claims', '{\"role\":\"service_role\"}', false))");
    const long long broken = number(*m_a, "SELECT count(*) FROM tenants t CROSS JOIN LATERAL "
                                          "verify_tenant_audit_chain(t.id)");
    number(*m_a, "SELECT count(set_config('request.jwt.claims', '', false))");
    QCOMPARE(broken, 0LL);
    QCOMPARE(number(*m_a, "SELECT count(DISTINCT tenant_id) FROM tenant_audit_logs"), 4LL);
    // one entry per award, per request and per decision; the chain follows time
    QCOMPARE(number(*m_a, "SELECT count(*) FROM tenant_audit_logs WHERE event_type LIKE "
                          "'gamification.admin_award.%'"),
             number(*m_a, "SELECT count(*) FROM gamification_admin_awards"));
    QCOMPARE(number(*m_a, "SELECT count(*) FROM tenant_audit_logs WHERE event_type = "
                          "'gamification.admin_award_request.coins'"),
             number(*m_a, "SELECT count(*) FROM gamification_admin_award_requests"));
    QCOMPARE(number(*m_a, "SELECT count(*) FROM tenant_audit_logs WHERE event_type IN "
                          "('gamification.admin_award_request.approved', "
                          "'gamification.admin_award_request.rejected')"),
             number(*m_a, "SELECT count(*) FROM gamification_admin_award_requests WHERE status IN "
                          "('approved', 'rejected')"));
    QCOMPARE(number(*m_a,
                    "SELECT count(*) FROM (SELECT created_at, lag(created_at) OVER (PARTITION "
                    "BY tenant_id ORDER BY chain_seq) AS previous FROM tenant_audit_logs) s "
                    "WHERE created_at < previous"),
             0LL);
}

void TestSeedData::eventsShape()
{
    const long long global =
        number(*m_a, "SELECT count(*) FROM gamification_events WHERE tenant_id IS NULL");
    QVERIFY2(global > 0 && global < Events / 20, qPrintable(QString::number(global)));
    QCOMPARE(number(*m_a, "SELECT count(DISTINCT event_type) FROM gamification_events"), 10LL);
    QCOMPARE(number(*m_a, R"(
        SELECT count(*) FROM gamification_events
         WHERE source <> CASE WHEN event_type IN ('session_completed', 'run_completed') THEN 'play'
                              WHEN event_type IN ('game_created', 'game_published') THEN 'content'
                              WHEN event_type = 'login_streak_updated' THEN 'engagement'
                              ELSE 'planner' END
            OR source_system <> 'seed'
            OR idempotency_key <> 'seed:)" +
                              std::string(SeedA) + R"(:evt:' || substr(source_event_id, 5))"),
             0LL);
    // actors are members of the event's tenant and had joined by then
    QCOMPARE(
        number(*m_a,
               "SELECT count(*) FROM gamification_events e WHERE e.tenant_id IS NOT NULL "
               "AND NOT EXISTS (SELECT 1 FROM user_tenant_memberships m WHERE m.user_id = "
               "e.actor_user_id AND m.tenant_id = e.tenant_id AND m.created_at <= e.created_at)"),
        0LL);
    QVERIFY(number(*m_a,
                   "SELECT count(*) FROM gamification_events WHERE simulation_run_id IS NOT NULL") >
            0);
    QVERIFY(number(*m_a,
                   "SELECT count(*) FROM gamification_events WHERE simulation_run_id IS NOT NULL") <
            Events / 20);
    QCOMPARE(number(*m_a,
                    "SELECT count(*) FROM gamification_events WHERE amount < 0 OR persona IS NULL "
                    "OR site IS NULL"),
             0LL);
    // denser in recent weeks: the last 30 days hold more than the first 60
    const std::string anchor = std::string("'") + Anchor + "'::timestamptz";
    QVERIFY(number(*m_a, "SELECT count(*) FROM gamification_events WHERE created_at >= " + anchor +
                             " - interval '30 days'") >
            number(*m_a, "SELECT count(*) FROM gamification_events WHERE created_at < " + anchor +
                             " - interval '120 days'"));
    QVERIFY(number(*m_a, "SELECT count(*) FROM gamification_events WHERE created_at >= " + anchor +
                             " - interval '7 days'") > 0);
}

void TestSeedData::timestampsInsideWindow()
{
    // every timestamptz column of every seeded row lies in the 180 days before the anchor
    pqxx::nontransaction tx(*m_a);
    const pqxx::result columns = tx.exec(R"(
        SELECT c.table_name, c.column_name
          FROM information_schema.columns c
          JOIN information_schema.tables t USING (table_schema, table_name)
         WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
           AND c.data_type = 'timestamp with time zone'
           AND c.table_name NOT IN ('gamification_level_definitions', 'dicedesk_schema_migrations')
         ORDER BY 1, 2)");
    QVERIFY(columns.size() > 20);
    const std::string anchor = std::string("'") + Anchor + "'::timestamptz";
    for (const auto &row : columns) {
        const std::string table = row[0].as<std::string>();
        const std::string column = row[1].as<std::string>();
        std::string where = table == "gamification_settings" ? " WHERE tenant_id IS NOT NULL" : "";
        // A request's expiry is a deadline, not an event: only an expired one's lies before the
        // anchor (pending ones after it, checked in requestsInEveryState).
        if (table == "gamification_admin_award_requests" && column == "expires_at")
            where = " WHERE status = 'expired'";
        const pqxx::row range =
            tx.exec1("SELECT count(*) FILTER (WHERE " + tx.quote_name(column) + " > " + anchor +
                     " OR " + tx.quote_name(column) + " < " + anchor +
                     " - interval '180 days') FROM public." + tx.quote_name(table) + where);
        QVERIFY2(range[0].as<long long>() == 0, (table + "." + column).c_str());
    }
}

QTEST_GUILESS_MAIN(TestSeedData)
#include "tst_seed_data.moc"
