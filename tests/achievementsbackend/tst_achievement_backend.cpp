// Achievement definitions and badge presets through a real dicedesk::pg::PgBackend against a real
// PostgreSQL started by `dicedesk-db sandbox --seed 2000` (all migrations, demo data, the four
// demo logins). Each demo login connects as itself (a personal login: row-level security and the
// functions' guards apply).
//
// What is checked: the role rules of each demo login (global, own tenant, foreign tenant; lists,
// versions, presets); validation (bad key, duplicate key in a scope, easter egg with a hint,
// archived -> draft, every problem in the detail); two saves from the same version (the second
// is a conflict); versions with author and reason; holder counts; keyset pages by each sort and
// with filters against one big page (no duplicates, no gaps, ties across page boundaries);
// AchievementDefinition's JSON against the database's canonical form; export -> import round
// trips (all unchanged; into an empty tenant, identical but for the tenant); hostile imports
// refused with messages and nothing written; presets saved, replaced, listed and deleted; and
// readAwardBuilderFile / writeAwardBuilderFile.
#include "PersonalLogins.h"
#include "achievements/AwardBuilderFile.h"
#include "backend/pg/PgBackend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <memory>
#include <pqxx/pqxx>

using namespace dicedesk;
using Kind = BackendError::Kind;

namespace {

constexpr int kTimeoutMs = 60000;

template<typename T> Result<T> await(const QFuture<Result<T>> &future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, kTimeoutMs))
        return BackendError(Kind::Internal, QStringLiteral("test: no answer in time"));
    return future.result();
}

template<typename T> QByteArray describe(const Result<T> &result)
{
    if (result.ok())
        return "ok";
    return QStringLiteral("kind %1, SQLSTATE '%2': %3")
        .arg(static_cast<int>(result.error().kind()))
        .arg(result.error().sqlState(), result.error().detail())
        .toUtf8();
}

std::string superuserDsn()
{
    return qgetenv("DICEDESK_TEST_DSN").toStdString();
}

long long count(const std::string &sql)
{
    pqxx::connection connection(superuserDsn());
    pqxx::read_transaction tx(connection);
    return tx.exec1(sql)[0].as<long long>();
}

QString text(const std::string &sql)
{
    pqxx::connection connection(superuserDsn());
    pqxx::read_transaction tx(connection);
    const pqxx::row row = tx.exec1(sql);
    return row[0].is_null() ? QString() : QString::fromUtf8(row[0].c_str());
}

void exec(const std::string &sql)
{
    pqxx::connection connection(superuserDsn());
    pqxx::work tx(connection);
    tx.exec(sql);
    tx.commit();
}

std::string q(const QUuid &id)
{
    return "'" + id.toString(QUuid::WithoutBraces).toStdString() + "'";
}

std::unique_ptr<pg::PgBackend> connectAs(const QString &login)
{
    auto backend = std::make_unique<pg::PgBackend>(test::personalLoginDsn(login));
    const Result<bool> opened = await(backend->open());
    if (!opened.ok())
        qWarning() << "could not open" << login << describe(opened);
    return backend;
}

AchievementDefinition definition(const QString &key, const QUuid &tenant)
{
    AchievementDefinition d;
    d.key = key;
    d.name = QStringLiteral("Test %1").arg(key);
    d.description = QStringLiteral("Made by the backend test");
    d.scope = tenant.isNull() ? QStringLiteral("global") : QStringLiteral("tenant");
    d.tenantId = tenant;
    d.conditionType = QStringLiteral("session_count");
    d.conditionValue = 3;
    d.unlockCriteria.type = QStringLiteral("milestone");
    d.unlockCriteria.params = QJsonObject{{QStringLiteral("metric"), QStringLiteral("sessions")},
                                          {QStringLiteral("threshold"), 3}};
    d.iconConfig = QJsonObject{{QStringLiteral("shape"), QStringLiteral("star")},
                               {QStringLiteral("fill"), QStringLiteral("#FFAA00")}};
    d.translations.insert(
        QStringLiteral("sv"),
        AchievementTexts{QStringLiteral("Test sv"), {}, QStringLiteral("Ledtråd"), {}});
    d.translations.insert(QStringLiteral("en"), AchievementTexts{QStringLiteral("Test en"),
                                                                 QStringLiteral("desc"),
                                                                 {},
                                                                 QStringLiteral("criteria")});
    return d;
}

AchievementSaveDraft creating(const AchievementDefinition &d)
{
    AchievementSaveDraft draft;
    draft.definition = d;
    draft.reason = QStringLiteral("created by the test");
    return draft;
}

/// Every row of a filter, page by page (limit @p pageSize), checking each cursor.
QList<AchievementSummary> allPages(Backend &backend, const AchievementFilter &filter, int pageSize,
                                   bool *ok)
{
    QList<AchievementSummary> rows;
    KeysetCursor cursor;
    *ok = false;
    for (int guard = 0; guard < 1000; ++guard) {
        const Result<Page<AchievementSummary>> page =
            await(backend.achievementPage(filter, cursor, pageSize));
        if (!page.ok()) {
            qWarning() << "page failed" << describe(page);
            return rows;
        }
        rows += page.value().rows;
        if (page.value().atEnd) {
            *ok = true;
            return rows;
        }
        cursor = page.value().next;
    }
    return rows;
}

QList<QUuid> idsOf(const QList<AchievementSummary> &rows)
{
    QList<QUuid> ids;
    for (const auto &row : rows)
        ids.append(row.id);
    return ids;
}

} // namespace

class TestAchievementBackend : public QObject
{
    Q_OBJECT

private:
    QUuid m_tenant1; // demo_designer's (editor) and demo_tenant_admin's (admin)
    QUuid m_foreign; // a tenant demo_tenant_admin does not belong to
    QUuid m_empty;   // made by the test: no achievements
    std::unique_ptr<pg::PgBackend> m_sys, m_admin, m_designer, m_member;

    long long writtenRows() const
    {
        return count("SELECT (SELECT count(*) FROM achievements) + (SELECT count(*) FROM "
                     "achievement_versions) + (SELECT count(*) FROM award_builder_exports) + "
                     "(SELECT count(*) FROM achievement_translations)");
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DICEDESK_TEST_DSN"))
            QSKIP("run under dicedesk-db sandbox --seed");
        QVERIFY(count("SELECT count(*) FROM achievements") > 0);
        m_tenant1 = QUuid::fromString(text(
            "SELECT tenant_id FROM user_tenant_memberships WHERE user_id = "
            "'d1ced35c-de00-4000-8000-000000000003' AND role = 'editor' AND status = 'active'"));
        m_foreign = QUuid::fromString(text(
            "SELECT t.id FROM tenants t WHERE NOT EXISTS (SELECT 1 FROM user_tenant_memberships m "
            "WHERE m.tenant_id = t.id AND m.user_id IN ('d1ced35c-de00-4000-8000-000000000002', "
            "'d1ced35c-de00-4000-8000-000000000003')) ORDER BY t.name LIMIT 1"));
        QVERIFY(!m_tenant1.isNull());
        QVERIFY(!m_foreign.isNull());
        m_empty = QUuid::fromString(QStringLiteral("ac000000-0000-4000-8000-0000000000e1"));
        exec("INSERT INTO tenants (id, name, slug) VALUES (" + q(m_empty) +
             ", 'Empty Import Club', 'empty-import-club')");
        m_sys = connectAs(QStringLiteral("demo_sysadmin"));
        m_admin = connectAs(QStringLiteral("demo_tenant_admin"));
        m_designer = connectAs(QStringLiteral("demo_designer"));
        m_member = connectAs(QStringLiteral("demo_member"));
    }

    // --- roles ---------------------------------------------------------------------------------
    void roleRules_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<bool>("global");
        QTest::addColumn<bool>("own");
        QTest::addColumn<bool>("foreign");
        QTest::newRow("demo_sysadmin") << QStringLiteral("demo_sysadmin") << true << true << true;
        QTest::newRow("demo_tenant_admin")
            << QStringLiteral("demo_tenant_admin") << false << true << false;
        QTest::newRow("demo_designer") << QStringLiteral("demo_designer") << false << true << false;
        QTest::newRow("demo_member") << QStringLiteral("demo_member") << false << false << false;
    }

    void roleRules()
    {
        QFETCH(QString, login);
        QFETCH(bool, global);
        QFETCH(bool, own);
        QFETCH(bool, foreign);
        auto backend = connectAs(login);
        const QString prefix = login.mid(5).replace(QLatin1Char('_'), QLatin1Char('-'));
        const struct
        {
            QUuid tenant;
            bool allowed;
            const char *what;
        } cases[] = {
            {QUuid(), global, "global"}, {m_tenant1, own, "own"}, {m_foreign, foreign, "foreign"}};
        for (const auto &c : cases) {
            const long long before = writtenRows();
            const auto saved = await(backend->saveAchievement(
                creating(definition(QStringLiteral("role-%1-%2").arg(prefix, c.what), c.tenant))));
            QVERIFY2(saved.ok() == c.allowed, c.what + QByteArray(": ") + describe(saved));
            if (c.allowed) {
                QVERIFY(saved.value().created);
                QCOMPARE(saved.value().version, 1);
            } else {
                QCOMPARE(saved.error().kind(), Kind::Permission);
                QCOMPARE(writtenRows(), before);
            }
            // Presets follow the same rule.
            BadgePreset preset;
            preset.tenantId = c.tenant;
            preset.name = QStringLiteral("Role preset %1").arg(prefix);
            preset.config = QJsonObject{{QStringLiteral("shape"), QStringLiteral("circle")}};
            const auto presetSaved = await(backend->saveBadgePreset(preset));
            QVERIFY2(presetSaved.ok() == c.allowed, describe(presetSaved));
            if (!c.allowed)
                QCOMPARE(presetSaved.error().kind(), Kind::Permission);
            // Export follows it too.
            const auto exported = await(backend->exportAchievements(c.tenant));
            QVERIFY2(exported.ok() == c.allowed, describe(exported));
        }

        // The list shows what the achievements_read policy shows.
        AchievementFilter filter;
        filter.scope.allTenants = true;
        bool ok = false;
        const QList<AchievementSummary> rows = allPages(*backend, filter, 500, &ok);
        QVERIFY(ok);
        QVERIFY(!rows.isEmpty());
        const bool sys = login == QLatin1String("demo_sysadmin");
        bool globalDraft = false;
        bool ownDraft = false;
        for (const auto &row : rows) {
            globalDraft |= row.scope == QLatin1String("global") && row.status == "draft";
            ownDraft |= row.tenantId == m_tenant1 && row.status == "draft";
            if (!sys)
                QVERIFY(row.tenantId.isNull() || row.tenantId == m_tenant1 ||
                        login == QLatin1String("demo_tenant_admin"));
            if (login == QLatin1String("demo_member"))
                QCOMPARE(row.holderCount, qint64(-1));
            else if (row.tenantId.isNull() || row.tenantId == m_tenant1)
                QVERIFY2(row.holderCount >= 0, qPrintable(row.key));
        }
        QCOMPARE(globalDraft, sys);
        QCOMPARE(ownDraft, login != QLatin1String("demo_member"));
        const long long visible = count(
            sys ? "SELECT count(*) FROM achievements"
                : "SELECT count(*) FROM achievements a WHERE (a.status <> 'draft' AND (a.tenant_id "
                  "IS NULL OR a.tenant_id IN (SELECT m.tenant_id FROM user_tenant_memberships m "
                  "JOIN dicedesk_login_users l ON l.user_id = m.user_id WHERE l.login_role = '" +
                      login.toStdString() +
                      "' AND m.status = 'active'))) OR a.tenant_id IN (SELECT m.tenant_id FROM "
                      "user_tenant_memberships m JOIN dicedesk_login_users l ON l.user_id = "
                      "m.user_id WHERE l.login_role = '" +
                      login.toStdString() +
                      "' AND m.status = 'active' AND m.role IN ('owner', 'admin', 'editor'))");
        QCOMPARE(static_cast<long long>(rows.size()), visible);

        // History: staff and system admins only.
        const QUuid active1 = QUuid::fromString(
            text("SELECT id::text FROM achievements WHERE tenant_id = " + q(m_tenant1) +
                 " AND status = 'active' ORDER BY achievement_key LIMIT 1"));
        const auto versions = await(backend->achievementVersions(active1));
        QVERIFY2(versions.ok() == own, describe(versions));
        if (!own)
            QCOMPARE(versions.error().kind(), Kind::Permission);
        const auto record = await(backend->achievement(active1));
        QVERIFY2(record.ok(), describe(record));
        const auto holders = await(backend->achievementHolderCount(active1));
        QVERIFY2(holders.ok() == own, describe(holders));
    }

    // --- the canonical JSON ----------------------------------------------------------------------
    void definitionJsonMatchesDatabase()
    {
        pqxx::connection connection(superuserDsn());
        pqxx::read_transaction tx(connection);
        int checked = 0;
        for (const auto &row :
             tx.exec("SELECT dicedesk_achievement_definition(id)::text FROM achievements")) {
            const QJsonObject db = QJsonDocument::fromJson(QByteArray(row[0].c_str())).object();
            const QJsonObject mine = AchievementDefinition::fromJson(db).toJson();
            QVERIFY2(mine == db, row[0].c_str());
            ++checked;
        }
        QVERIFY(checked > 10);
    }

    // --- validation
    // --------------------------------------------------------------------------------
    void validation()
    {
        const long long before = writtenRows();
        AchievementDefinition bad = definition(QStringLiteral("Bad Key!"), m_tenant1);
        auto saved = await(m_designer->saveAchievement(creating(bad)));
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind(), Kind::Validation);
        QVERIFY2(saved.error().detail().contains(QLatin1String("achievement_key: must be 2 to 64")),
                 describe(saved));

        // Every problem, one per line.
        bad.name.clear();
        bad.badgeColor = QStringLiteral("red");
        saved = await(m_designer->saveAchievement(creating(bad)));
        QCOMPARE(saved.error().kind(), Kind::Validation);
        const QStringList lines = saved.error().detail().split(QLatin1Char('\n'));
        QVERIFY2(lines.size() >= 3, describe(saved));
        QVERIFY(lines.contains(QStringLiteral("name: must not be empty")) ||
                lines.contains(QStringLiteral("name: is required")));
        QVERIFY(
            lines.contains(QStringLiteral("badge_color: must be a colour like #1E88E5 or null")));

        // An easter egg has no hint.
        AchievementDefinition egg = definition(QStringLiteral("egg-with-hint"), m_tenant1);
        egg.easterEgg = true;
        saved = await(m_designer->saveAchievement(creating(egg)));
        QCOMPARE(saved.error().kind(), Kind::Validation);
        QVERIFY2(saved.error().detail().contains(
                     QLatin1String("translations.sv.hint_text: an easter egg has no hint")),
                 describe(saved));
        QCOMPARE(writtenRows(), before);

        // A key is unique per scope: the same key in another tenant is fine.
        saved = await(m_designer->saveAchievement(
            creating(definition(QStringLiteral("dup-key"), m_tenant1))));
        QVERIFY2(saved.ok(), describe(saved));
        const long long afterFirst = writtenRows();
        saved = await(m_designer->saveAchievement(
            creating(definition(QStringLiteral("dup-key"), m_tenant1))));
        QCOMPARE(saved.error().kind(), Kind::Validation);
        QVERIFY2(saved.error().detail().contains(QLatin1String("already used in this scope")),
                 describe(saved));
        QCOMPARE(writtenRows(), afterFirst);
        saved =
            await(m_sys->saveAchievement(creating(definition(QStringLiteral("dup-key"), QUuid()))));
        QVERIFY2(saved.ok(), describe(saved));

        // draft -> active -> archived; never back to draft.
        const auto created = await(m_designer->saveAchievement(
            creating(definition(QStringLiteral("to-archive"), m_tenant1))));
        QVERIFY(created.ok());
        const QUuid id = created.value().id;
        auto status = await(m_designer->setAchievementStatus({id}, QStringLiteral("active"),
                                                             QStringLiteral("go live")));
        QVERIFY2(status.ok(), describe(status));
        QCOMPARE(status.value().changed, QList<QUuid>{id});
        status = await(m_designer->setAchievementStatus({id}, QStringLiteral("archived"),
                                                        QStringLiteral("retire")));
        QVERIFY(status.ok());
        const auto record = await(m_designer->achievement(id));
        QVERIFY(record.ok());
        QCOMPARE(record.value().definition.status, QStringLiteral("archived"));
        QCOMPARE(record.value().version, 3);
        AchievementSaveDraft back;
        back.id = id;
        back.definition = record.value().definition;
        back.definition.status = QStringLiteral("draft");
        back.expectedVersion = 3;
        back.reason = QStringLiteral("back to draft");
        const long long beforeBack = writtenRows();
        const auto backSaved = await(m_designer->saveAchievement(back));
        QCOMPARE(backSaved.error().kind(), Kind::Validation);
        QVERIFY2(backSaved.error().detail().contains(QLatin1String("archived to draft")),
                 describe(backSaved));
        QCOMPARE(writtenRows(), beforeBack);
        // NUL bytes never leave the console.
        AchievementDefinition nul = definition(QStringLiteral("nul-name"), m_tenant1);
        nul.name = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
        saved = await(m_designer->saveAchievement(creating(nul)));
        QCOMPARE(saved.error().kind(), Kind::Validation);
        QCOMPARE(writtenRows(), beforeBack);
    }

    // --- versions, conflicts, holders
    // ----------------------------------------------------------------
    void versionsConflictAndHolders()
    {
        const auto created = await(m_designer->saveAchievement(
            creating(definition(QStringLiteral("conflict-me"), m_tenant1))));
        QVERIFY2(created.ok(), describe(created));
        const QUuid id = created.value().id;
        const auto loaded = await(m_designer->achievement(id));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().version, 1);
        QCOMPARE(loaded.value().definition, definition(QStringLiteral("conflict-me"), m_tenant1));
        QCOMPARE(loaded.value().updatedByName, text("SELECT full_name FROM users WHERE id = "
                                                    "'d1ced35c-de00-4000-8000-000000000003'"));

        AchievementSaveDraft first;
        first.id = id;
        first.definition = loaded.value().definition;
        first.definition.name = QStringLiteral("First edit");
        first.expectedVersion = 1;
        first.reason = QStringLiteral("first editor");
        AchievementSaveDraft second = first;
        second.definition.name = QStringLiteral("Second edit");
        second.reason = QStringLiteral("second editor");
        const auto one = await(m_designer->saveAchievement(first));
        QVERIFY2(one.ok(), describe(one));
        QCOMPARE(one.value().version, 2);
        QVERIFY(one.value().changed);
        const long long before = writtenRows();
        const auto two = await(m_admin->saveAchievement(second));
        QVERIFY(!two.ok());
        QCOMPARE(two.error().kind(), Kind::Conflict);
        QVERIFY2(two.error().detail().contains(QLatin1String("changed by someone else")),
                 describe(two));
        QCOMPARE(writtenRows(), before);
        // Saving what is stored changes nothing.
        AchievementSaveDraft same = first;
        same.expectedVersion = 2;
        const auto unchanged = await(m_designer->saveAchievement(same));
        QVERIFY(unchanged.ok());
        QVERIFY(!unchanged.value().changed);
        QCOMPARE(unchanged.value().version, 2);

        const auto versions = await(m_admin->achievementVersions(id));
        QVERIFY2(versions.ok(), describe(versions));
        QCOMPARE(versions.value().size(), 2);
        QCOMPARE(versions.value().at(0).version, 2);
        QCOMPARE(versions.value().at(0).reason, QStringLiteral("first editor"));
        QCOMPARE(versions.value().at(0).definition.name, QStringLiteral("First edit"));
        QCOMPARE(versions.value().at(1).version, 1);
        QCOMPARE(versions.value().at(1).reason, QStringLiteral("created by the test"));
        QCOMPARE(versions.value().at(1).definition.name, QStringLiteral("Test conflict-me"));
        QCOMPARE(versions.value().at(0).changedBy,
                 QUuid::fromString(QStringLiteral("d1ced35c-de00-4000-8000-000000000003")));
        QVERIFY(!versions.value().at(0).changedByName.isEmpty());
        QVERIFY(versions.value().at(0).createdAt.isValid());

        // Holders: two members of tenant 1 and someone of no tenant.
        exec("INSERT INTO user_achievements (achievement_id, user_id, tenant_id, source) "
             "SELECT " +
             q(id) +
             ", m.user_id, m.tenant_id, 'seed' FROM user_tenant_memberships m WHERE "
             "m.tenant_id = " +
             q(m_tenant1) + " AND m.status = 'active' ORDER BY m.user_id LIMIT 2");
        auto holders = await(m_designer->achievementHolderCount(id));
        QVERIFY2(holders.ok(), describe(holders));
        QCOMPARE(holders.value(), qint64(2));
        holders = await(m_sys->achievementHolderCount(id));
        QCOMPARE(holders.value(), qint64(2));
        AchievementFilter filter;
        filter.scope.tenantIds = {m_tenant1};
        filter.includeGlobal = false;
        filter.search = QStringLiteral("conflict-me");
        const auto page = await(m_designer->achievementPage(filter, {}, 10));
        QVERIFY(page.ok());
        QCOMPARE(page.value().rows.size(), 1);
        QCOMPARE(page.value().rows.at(0).holderCount, qint64(2));
        QCOMPARE(page.value().rows.at(0).version, 2);
        QCOMPARE(page.value().rows.at(0).name, QStringLiteral("First edit"));
        QCOMPARE(page.value().rows.at(0).missingLocales, QStringList{QStringLiteral("no")});
        QCOMPARE(page.value().rows.at(0).unlockType, QStringLiteral("milestone"));
        QCOMPARE(page.value().rows.at(0).iconConfig,
                 definition(QStringLiteral("x"), {}).iconConfig);
    }

    // --- keyset paging
    // ---------------------------------------------------------------------------------
    void paging_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("scopeKind");
        for (int sort = 0; sort < 3; ++sort) {
            const QByteArray name = QByteArray::number(sort);
            QTest::newRow("sort " + name) << sort << QString() << QString() << QString();
            QTest::newRow("sort " + name + " active")
                << sort << QStringLiteral("active") << QString() << QString();
            QTest::newRow("sort " + name + " search tie")
                << sort << QString() << QStringLiteral("TIE NAME") << QString();
            QTest::newRow("sort " + name + " global")
                << sort << QString() << QString() << QStringLiteral("global");
        }
    }

    void paging()
    {
        QFETCH(int, sort);
        QFETCH(QString, status);
        QFETCH(QString, search);
        QFETCH(QString, scopeKind);
        // Thirty achievements with one name, one key prefix and one updated_at: ties everywhere.
        if (count("SELECT count(*) FROM achievements WHERE name = 'Tie Name'") == 0) {
            exec("INSERT INTO achievements (achievement_key, name, condition_type, tenant_id, "
                 "scope, "
                 "status, updated_at) SELECT format('tie-%s', i), 'Tie Name', 'manual', " +
                 q(m_tenant1) +
                 ", 'tenant', (ARRAY['draft','active'])[1 + i % 2]::achievement_status_enum, "
                 "timestamptz '2026-01-01 00:00:00.123456+00' FROM generate_series(1, 30) i");
        }
        AchievementFilter filter;
        filter.scope.tenantIds = {m_tenant1, m_foreign};
        filter.sort = static_cast<AchievementFilter::Sort>(sort);
        filter.status = status;
        filter.search = search;
        filter.scopeKind = scopeKind;
        const auto all = await(m_designer->achievementPage(filter, {}, 1000));
        QVERIFY2(all.ok(), describe(all));
        QVERIFY(all.value().atEnd);
        QVERIFY(all.value().rows.size() > 3);
        QVERIFY(all.value().estimatedTotal > 0);
        bool ok = false;
        const QList<AchievementSummary> paged = allPages(*m_designer, filter, 7, &ok);
        QVERIFY(ok);
        QCOMPARE(idsOf(paged), idsOf(all.value().rows));
        const QList<QUuid> pagedIds = idsOf(paged);
        QCOMPARE(QSet<QUuid>(pagedIds.cbegin(), pagedIds.cend()).size(), paged.size());
        for (int i = 1; i < paged.size(); ++i) {
            const auto &a = paged.at(i - 1);
            const auto &b = paged.at(i);
            if (filter.sort == AchievementFilter::Sort::Updated)
                QVERIFY(a.updatedAt >= b.updatedAt);
        }
        for (const auto &row : paged) {
            QVERIFY(row.tenantId != m_foreign); // demo_designer does not belong to it
            if (!status.isEmpty())
                QCOMPARE(row.status, status);
            if (scopeKind == QLatin1String("global"))
                QVERIFY(row.tenantId.isNull());
            if (!search.isEmpty())
                QCOMPARE(row.name, QStringLiteral("Tie Name"));
        }
        if (!search.isEmpty())
            QCOMPARE(paged.size(), 30);
    }

    void pagingRefusesBadInput()
    {
        AchievementFilter filter;
        filter.scope.allTenants = true;
        filter.status = QStringLiteral("gone");
        auto page = await(m_sys->achievementPage(filter, {}, 10));
        QCOMPARE(page.error().kind(), Kind::Validation);
        filter.status.clear();
        filter.search = QStringLiteral("%_\\'; --");
        page = await(m_sys->achievementPage(filter, {}, 10));
        QVERIFY2(page.ok(), describe(page));
        QVERIFY(page.value().rows.isEmpty());
        filter.search = QStringLiteral("a") + QChar(0);
        page = await(m_sys->achievementPage(filter, {}, 10));
        QCOMPARE(page.error().kind(), Kind::Validation);
    }

    // --- export and import
    // ---------------------------------------------------------------------------
    void exportImportRoundTrip()
    {
        const auto exported = await(m_designer->exportAchievements(m_tenant1));
        QVERIFY2(exported.ok(), describe(exported));
        const QJsonObject document = exported.value();
        QCOMPARE(document.value(QLatin1String("schema_version")).toString(), QStringLiteral("1.0"));
        const qsizetype items = document.value(QLatin1String("achievements")).toArray().size();
        QCOMPARE(static_cast<long long>(items),
                 count("SELECT count(*) FROM achievements WHERE tenant_id = " + q(m_tenant1)));

        // The file format keeps it as it is.
        const AwardBuilderFileRead reread = readAwardBuilderFile(writeAwardBuilderFile(document));
        QVERIFY(reread.problems.isEmpty());
        QCOMPARE(reread.document, document);

        const long long before = writtenRows();
        const auto dry = await(m_designer->importAchievements(reread.document, {}, true));
        QVERIFY2(dry.ok(), describe(dry));
        QVERIFY(dry.value().valid);
        QVERIFY(dry.value().errors.isEmpty());
        QVERIFY(dry.value().created.isEmpty());
        QVERIFY(dry.value().updated.isEmpty());
        QCOMPARE(dry.value().unchanged.size(), items);
        QCOMPARE(writtenRows(), before);

        // Into an empty tenant: the non-archived ones (a new achievement cannot start archived).
        QList<QUuid> ids;
        pqxx::connection connection(superuserDsn());
        {
            pqxx::read_transaction tx(connection);
            for (const auto &row : tx.exec("SELECT id FROM achievements WHERE tenant_id = " +
                                           q(m_tenant1) + " AND status <> 'archived'"))
                ids.append(QUuid::fromString(QLatin1String(row[0].c_str())));
        }
        const auto part = await(m_sys->exportAchievements(m_tenant1, ids));
        QVERIFY2(part.ok(), describe(part));
        QJsonObject moved = part.value();
        moved.insert(
            QStringLiteral("publish_scope"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("tenant")},
                        {QStringLiteral("tenant_id"), m_empty.toString(QUuid::WithoutBraces)}});
        const auto applied = await(
            m_sys->importAchievements(moved, QStringLiteral("copy to the empty club"), false));
        QVERIFY2(applied.ok(), describe(applied));
        QVERIFY(applied.value().valid);
        QCOMPARE(applied.value().created.size(), ids.size());
        QVERIFY(!applied.value().exportId.isNull());
        for (const QUuid &id : ids) {
            const auto original = await(m_sys->achievement(id));
            QVERIFY(original.ok());
            const QUuid copyId = QUuid::fromString(text(
                "SELECT id::text FROM achievements WHERE tenant_id = " + q(m_empty) +
                " AND achievement_key = '" + original.value().definition.key.toStdString() + "'"));
            const auto copy = await(m_sys->achievement(copyId));
            QVERIFY2(copy.ok(), describe(copy));
            AchievementDefinition expected = original.value().definition;
            expected.tenantId = m_empty;
            QCOMPARE(copy.value().definition, expected);
        }
        // And again: nothing to do.
        const auto again = await(m_sys->importAchievements(moved, {}, true));
        QVERIFY(again.ok());
        QCOMPARE(again.value().unchanged.size(), ids.size());
    }

    void hostileImports()
    {
        const auto exported = await(m_designer->exportAchievements(m_tenant1));
        QVERIFY(exported.ok());
        const QJsonObject good = exported.value();
        const QString reason = QStringLiteral("hostile");
        const long long before = writtenRows();
        const auto withItem = [&good](int index, const QJsonObject &item) {
            QJsonObject doc = good;
            QJsonArray items = doc.value(QLatin1String("achievements")).toArray();
            items.replace(index, item);
            doc.insert(QStringLiteral("achievements"), items);
            return doc;
        };
        const QJsonObject item0 =
            good.value(QLatin1String("achievements")).toArray().at(0).toObject();

        // Wrong schema version.
        QJsonObject doc = good;
        doc.insert(QStringLiteral("schema_version"), QStringLiteral("2.0"));
        auto report = await(m_designer->importAchievements(doc, reason, false));
        QVERIFY2(report.ok(), describe(report));
        QVERIFY(!report.value().valid);
        QCOMPARE(report.value().errors.size(), 1);
        QCOMPARE(report.value().errors.at(0).path, QStringLiteral("schema_version"));
        QVERIFY(report.value().errors.at(0).message.contains(QLatin1String("not supported")));

        // Missing fields.
        QJsonObject noName = item0;
        noName.remove(QStringLiteral("name"));
        doc = withItem(0, noName);
        doc.remove(QStringLiteral("exported_by"));
        report = await(m_designer->importAchievements(doc, reason, false));
        QVERIFY(report.ok());
        QVERIFY(!report.value().valid);
        QStringList paths;
        for (const FieldProblem &p : report.value().errors)
            paths.append(p.path);
        QVERIFY2(paths.contains(QStringLiteral("achievements[0].name")),
                 qPrintable(paths.join(' ')));
        QVERIFY2(paths.contains(QStringLiteral("exported_by")), qPrintable(paths.join(' ')));

        // Duplicate keys: the file reader says so, and so does the database.
        QJsonObject dupe = good.value(QLatin1String("achievements")).toArray().at(1).toObject();
        dupe.insert(QStringLiteral("achievement_key"),
                    item0.value(QLatin1String("achievement_key")));
        doc = withItem(1, dupe);
        const AwardBuilderFileRead read = readAwardBuilderFile(writeAwardBuilderFile(doc));
        QCOMPARE(read.problems.size(), 1);
        QCOMPARE(read.problems.at(0).path, QStringLiteral("achievements[1].achievement_key"));
        report = await(m_designer->importAchievements(doc, reason, false));
        QVERIFY(report.ok());
        QVERIFY(!report.value().valid);
        QCOMPARE(report.value().errors.at(0).path,
                 QStringLiteral("achievements[1].achievement_key"));
        QVERIFY(report.value().errors.at(0).message.contains(QLatin1String("duplicates")));

        // 10 MB: refused before it is sent.
        doc = good;
        doc.insert(QStringLiteral("padding"), QString(10 * 1024 * 1024, QLatin1Char('x')));
        report = await(m_designer->importAchievements(doc, reason, false));
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind(), Kind::Validation);
        QVERIFY2(report.error().detail().contains(QLatin1String("at most 5 MB")), describe(report));

        // SQL metacharacters in a key and a name; a NUL byte in a name.
        QJsonObject sql = item0;
        sql.insert(QStringLiteral("achievement_key"),
                   QStringLiteral("x'); DROP TABLE achievements; --"));
        sql.insert(QStringLiteral("name"), QStringLiteral("Robert'); DROP TABLE achievements; --"));
        report = await(m_designer->importAchievements(withItem(0, sql), reason, false));
        QVERIFY(report.ok());
        QVERIFY(!report.value().valid);
        QCOMPARE(report.value().errors.at(0).path,
                 QStringLiteral("achievements[0].achievement_key"));
        QJsonObject nul = item0;
        nul.insert(QStringLiteral("name"),
                   QStringLiteral("nul") + QChar(0) + QStringLiteral("name"));
        report = await(m_designer->importAchievements(withItem(0, nul), reason, false));
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind(), Kind::Validation);
        QVERIFY2(report.error().detail().contains(QLatin1String("NUL")), describe(report));

        // Someone else's scope.
        doc = good;
        doc.insert(QStringLiteral("publish_scope"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("global")},
                               {QStringLiteral("tenant_id"), QJsonValue::Null}});
        report = await(m_designer->importAchievements(doc, reason, false));
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind(), Kind::Permission);

        QCOMPARE(writtenRows(), before);
        QCOMPARE(count("SELECT count(*) FROM pg_class WHERE relname = 'achievements'"), 1LL);
    }

    // --- presets
    // -------------------------------------------------------------------------------------------
    void presets()
    {
        BadgePreset preset;
        preset.tenantId = m_tenant1;
        preset.name = QStringLiteral("Gold Star");
        preset.config = QJsonObject{{QStringLiteral("shape"), QStringLiteral("star")},
                                    {QStringLiteral("fill"), QStringLiteral("#FFD700")}};
        const auto saved = await(m_designer->saveBadgePreset(preset));
        QVERIFY2(saved.ok(), describe(saved));
        QVERIFY(!saved.value().id.isNull());
        QCOMPARE(saved.value().tenantId, m_tenant1);
        QCOMPARE(saved.value().config, preset.config);
        QVERIFY(!saved.value().createdByName.isEmpty());

        // Same name in any case, same scope: replaced.
        BadgePreset again = preset;
        again.name = QStringLiteral("  gold STAR ");
        again.config.insert(QStringLiteral("fill"), QStringLiteral("#C0C0C0"));
        const auto replaced = await(m_admin->saveBadgePreset(again));
        QVERIFY2(replaced.ok(), describe(replaced));
        QCOMPARE(replaced.value().id, saved.value().id);
        QCOMPARE(replaced.value().name, QStringLiteral("gold STAR"));
        QCOMPARE(replaced.value().config, again.config);

        BadgePreset global = preset;
        global.tenantId = QUuid();
        global.name = QStringLiteral("Gold Star");
        const auto globalSaved = await(m_sys->saveBadgePreset(global));
        QVERIFY2(globalSaved.ok(), describe(globalSaved));
        QVERIFY(globalSaved.value().id != saved.value().id);

        const auto listed = await(m_designer->badgePresets(m_tenant1));
        QVERIFY2(listed.ok(), describe(listed));
        int mine = 0;
        int shared = 0;
        for (const BadgePreset &p : listed.value()) {
            QVERIFY(p.tenantId.isNull() || p.tenantId == m_tenant1);
            QVERIFY(!p.createdByName.isEmpty());
            mine += p.id == saved.value().id ? 1 : 0;
            shared += p.id == globalSaved.value().id ? 1 : 0;
        }
        QCOMPARE(mine, 1);
        QCOMPARE(shared, 1);
        const auto foreignList = await(m_designer->badgePresets(m_foreign));
        QCOMPARE(foreignList.error().kind(), Kind::Permission);

        // Bad input.
        BadgePreset bad = preset;
        bad.name = QStringLiteral("   ");
        auto refused = await(m_designer->saveBadgePreset(bad));
        QCOMPARE(refused.error().kind(), Kind::Validation);
        bad.name = QString(81, QLatin1Char('n'));
        refused = await(m_designer->saveBadgePreset(bad));
        QCOMPARE(refused.error().kind(), Kind::Validation);
        bad.name = QStringLiteral("Huge");
        QJsonArray big;
        for (int i = 0; i < 20000; ++i)
            big.append(QStringLiteral("layer-%1-%2").arg(i).arg(QString(8, QLatin1Char('z'))));
        bad.config = QJsonObject{{QStringLiteral("layers"), big}};
        refused = await(m_designer->saveBadgePreset(bad));
        QCOMPARE(refused.error().kind(), Kind::Validation);
        QVERIFY2(refused.error().detail().contains(QLatin1String("64 KB")), describe(refused));

        // Deleting: the same rule as saving.
        auto deleted = await(m_member->deleteBadgePreset(saved.value().id));
        QCOMPARE(deleted.error().kind(), Kind::Permission);
        deleted = await(m_designer->deleteBadgePreset(globalSaved.value().id));
        QCOMPARE(deleted.error().kind(), Kind::Permission);
        deleted = await(m_designer->deleteBadgePreset(saved.value().id));
        QVERIFY2(deleted.ok(), describe(deleted));
        QVERIFY(deleted.value());
        deleted = await(m_designer->deleteBadgePreset(saved.value().id));
        QCOMPARE(deleted.error().kind(), Kind::NotFound);
        const auto after = await(m_designer->badgePresets(m_tenant1));
        QVERIFY(after.ok());
        for (const BadgePreset &p : after.value())
            QVERIFY(p.id != saved.value().id);
        QCOMPARE(count("SELECT count(*) FROM tenant_audit_logs WHERE event_type LIKE "
                       "'gamification.badge_preset.%' AND lower(payload ->> 'name') = 'gold star' "
                       "AND tenant_id = " +
                       q(m_tenant1)),
                 3LL); // saved, replaced, deleted (and nothing for the refusals)
    }

    // --- the file reader
    // -------------------------------------------------------------------------------
    void fileTooLarge()
    {
        const QByteArray bytes(10 * 1024 * 1024, ' ');
        const AwardBuilderFileRead read = readAwardBuilderFile(bytes);
        QCOMPARE(read.problems.size(), 1);
        QCOMPARE(read.problems.at(0).path, QStringLiteral("$"));
        QCOMPARE(read.problems.at(0).message,
                 QStringLiteral("The file is 10.0 MB; an export may be at most 5 MB"));
        QVERIFY(read.document.isEmpty());
    }

    void fileBadJson()
    {
        const AwardBuilderFileRead read =
            readAwardBuilderFile("{\n  \"schema_version\": \"1.0\",\n  \"achievements\": [,]\n}\n");
        QCOMPARE(read.problems.size(), 1);
        QCOMPARE(read.problems.at(0).path, QStringLiteral("$"));
        QVERIFY2(read.problems.at(0).message.contains(QLatin1String("line 3")),
                 qPrintable(read.problems.at(0).message));
        const AwardBuilderFileRead array = readAwardBuilderFile("[1, 2]");
        QCOMPARE(array.problems.size(), 1);
        QVERIFY(array.problems.at(0).message.contains(QLatin1String("JSON object")));
    }

    void fileDuplicateKeys()
    {
        const QByteArray bytes = R"({"schema_version": "1.0", "achievements": [
            {"achievement_key": "a"}, {"achievement_key": "b"}, {"achievement_key": "a"},
            {"achievement_key": 7}, {"achievement_key": "b"}]})";
        const AwardBuilderFileRead read = readAwardBuilderFile(bytes);
        QCOMPARE(read.problems.size(), 2);
        QCOMPARE(read.problems.at(0),
                 (FieldProblem{QStringLiteral("achievements[2].achievement_key"),
                               QStringLiteral("22023"),
                               QStringLiteral("duplicate key, also at achievements[0]")}));
        QCOMPARE(read.problems.at(1).path, QStringLiteral("achievements[4].achievement_key"));
        QVERIFY(!read.document.isEmpty());
        const QByteArray written = writeAwardBuilderFile(read.document);
        QVERIFY(written.endsWith("}\n"));
        QVERIFY(written.contains("\n    \"achievements\""));
        QCOMPARE(readAwardBuilderFile(written).document, read.document);
    }
};

QTEST_GUILESS_MAIN(TestAchievementBackend)
#include "tst_achievement_backend.moc"
