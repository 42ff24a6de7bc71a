// The achievement definitions pane, offscreen, over the console's own PgBackend and personal
// logins (row-level rules apply), on 50,000 achievements (10,000 global, 40,000 across 20
// tenants; translations for most; holders for some; generated if missing):
//   - open: a new AchievementsPane each time, from show() + setScope() to the first page of
//     rows painted in the view (badges included) and the pane settled (target <= 300 ms), for a
//     system admin (every tenant) and a tenant admin (their tenant and the global ones).
//   - filter: on an open pane, a status filter chosen -> the new first page painted.
//   - sort: on an open pane, the sort order changed -> the new first page painted.
//   - search: on an open pane, a search text (after its debounce) -> the first page painted.
// Medians, p95 and every run after one untimed warm-up.
//
//   bench_achievement_list [--dsn DSN] [--runs 7] [--achievements 50000]
// The DSN must be a superuser's. Run offscreen (QT_QPA_PLATFORM=offscreen is set if unset),
// e.g. through bench/run_achievement_benchmarks.sh. Prints figures; asserts nothing.

#include "BenchSupport.h"
#include "achievements/AchievementFilterBar.h"
#include "achievements/AchievementListModel.h"
#include "achievements/AchievementsPane.h"
#include "backend/pg/PgBackend.h"

#include <QApplication>
#include <QComboBox>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <iostream>

using namespace benchsupport;
using namespace dicedesk;

namespace {

const char *const Bench = "bench_achievement_list";
constexpr int kTimeoutMs = 120000;
constexpr double kTargetMs = 300;
constexpr int kTenants = 20;
const std::string SystemAdmin = "be000000-0000-4000-8000-000000000001";
const std::string TenantAdmin = "be000000-0000-4000-8000-000000000002";

std::string tenantId(int n)
{
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "be100000-0000-4000-8000-%012d", n);
    return buffer;
}

// Tenants, the two personas (system admin; admin of tenant 1), 200 members of tenant 1.
const char *const TenantsSql = R"sql(
INSERT INTO tenants (id, name, slug)
SELECT format('be100000-0000-4000-8000-%s', lpad(n::text, 12, '0'))::uuid,
       format('Bench Tenant %s', n), format('bench-tenant-%s', n)
  FROM generate_series(1, $1::int) n ON CONFLICT DO NOTHING
)sql";
const char *const PeopleSql = R"sql(
INSERT INTO users (id, email, full_name, global_role) VALUES
    ('be000000-0000-4000-8000-000000000001', 'sys@achbench.test', 'Bench System', 'system_admin'),
    ('be000000-0000-4000-8000-000000000002', 'admin@achbench.test', 'Bench Admin', 'member')
ON CONFLICT DO NOTHING;
INSERT INTO users (id, email, full_name)
SELECT format('be200000-0000-4000-8000-%s', lpad(n::text, 12, '0'))::uuid,
       format('m%s@achbench.test', n), format('Bench Member %s', n)
  FROM generate_series(1, 200) n ON CONFLICT DO NOTHING;
INSERT INTO user_tenant_memberships (user_id, tenant_id, role, status)
SELECT 'be000000-0000-4000-8000-000000000002'::uuid, 'be100000-0000-4000-8000-000000000001'::uuid, 'admin'::tenant_role_enum, 'active'
UNION ALL
SELECT format('be200000-0000-4000-8000-%s', lpad(n::text, 12, '0'))::uuid,
       'be100000-0000-4000-8000-000000000001'::uuid, 'member'::tenant_role_enum, 'active'
  FROM generate_series(1, 200) n
ON CONFLICT DO NOTHING;
)sql";

// 50,000 definitions: the first fifth global, the rest spread over the tenants; names from
// Swedish and English words; every status; badges for most.
const char *const AchievementsSql = R"sql(
INSERT INTO achievements (achievement_key, name, description, badge_color, icon_config,
                          condition_type, condition_value, unlock_criteria, is_easter_egg,
                          tenant_id, scope, status, created_at, updated_at)
SELECT format('bench-%s', i),
       format('%s %s %s', (ARRAY['Första', 'Öppen', 'Åska', 'Lekledare', 'Mästare', 'Team', 'Spel',
                                 'Planerare', 'Stjärna', 'Zebra'])[1 + i % 10],
              (ARRAY['lek', 'scen', 'runda', 'vecka', 'dag', 'säsong', 'kväll'])[1 + i % 7], i),
       format('Bench achievement %s', i),
       (ARRAY['#4CAF50', '#2196F3', '#FF9800', '#9C27B0', '#E91E63'])[1 + i % 5],
       CASE WHEN i % 10 = 0 THEN NULL
            ELSE jsonb_build_object('shape', (ARRAY['circle', 'shield', 'hexagon', 'star', 'ribbon'])[1 + i % 5],
                                    'fill', (ARRAY['#4CAF50', '#2196F3', '#FF9800', '#9C27B0', '#E91E63'])[1 + i % 5],
                                    'icon', (ARRAY['dice', 'trophy', 'flame', 'sun', 'users', 'crown'])[1 + i % 6],
                                    'label', (i % 100)::text) END,
       (ARRAY['session_count', 'login_streak', 'plan_created', 'run_completed', 'manual'])[1 + i % 5],
       CASE WHEN i % 5 = 4 THEN NULL ELSE i % 100 END,
       (ARRAY['{"type": "event", "params": {"event_type": "session_completed", "count": 3}}',
              '{"type": "milestone", "params": {"metric": "session_count", "threshold": 10}}',
              '{"type": "manual", "params": {}}'])[1 + i % 3]::jsonb,
       i % 50 = 7,
       CASE WHEN i <= $1::int / 5 THEN NULL
            ELSE format('be100000-0000-4000-8000-%s', lpad((1 + i % $2::int)::text, 12, '0'))::uuid END,
       CASE WHEN i <= $1::int / 5 THEN 'global' ELSE 'tenant' END,
       (ARRAY['active', 'active', 'active', 'active', 'active', 'active', 'draft', 'draft',
              'archived', 'archived'])[1 + i % 10]::achievement_status_enum,
       now() - interval '400 days' + i * interval '10 minutes',
       now() - interval '300 days' + (i * 7919 % 50000) * interval '5 minutes'
  FROM generate_series(1, $1::int) AS i
)sql";
const char *const TranslationsSql = R"sql(
-- Translations: sv and en for nine in ten, no for four in five.
INSERT INTO achievement_translations (achievement_id, locale, name, description)
SELECT a.id, l.locale, CASE l.locale WHEN 'sv' THEN a.name ELSE upper(l.locale) || ' ' || a.name END,
       a.description
  FROM achievements a
 CROSS JOIN (VALUES ('sv', 10), ('en', 10), ('no', 5)) AS l(locale, every)
 WHERE a.achievement_key LIKE 'bench-%'
   AND substring(a.achievement_key from 7)::int % l.every <> 3;
-- Holders: tenant 1's members hold the first 100 global achievements.
INSERT INTO user_achievements (achievement_id, user_id, tenant_id, source)
SELECT a.id, format('be200000-0000-4000-8000-%s', lpad(n::text, 12, '0'))::uuid,
       'be100000-0000-4000-8000-000000000001', 'seed'
  FROM (SELECT id FROM achievements WHERE achievement_key LIKE 'bench-%' AND tenant_id IS NULL
         ORDER BY achievement_key LIMIT 100) a,
       generate_series(1, 200) n
ON CONFLICT DO NOTHING;
)sql";

const char *const LoginsSql = R"sql(
DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['bench_ach_sys', 'bench_ach_admin'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I LOGIN IN ROLE dicedesk_personal_login', r);
        END IF;
    END LOOP;
END
$$;
INSERT INTO dicedesk_login_users (login_role, user_id) VALUES
    ('bench_ach_sys', 'be000000-0000-4000-8000-000000000001'),
    ('bench_ach_admin', 'be000000-0000-4000-8000-000000000002')
ON CONFLICT DO NOTHING;
)sql";

template<typename T> Result<T> await(const QFuture<Result<T>> &future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<Result<T>> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs = kTimeoutMs)
{
    return QTest::qWaitFor(done, timeoutMs);
}

struct Session
{
    std::string label;
    std::unique_ptr<pg::PgBackend> backend;
    Identity identity;
    TenantScope scope;
};

bool signIn(const QString &dsn, Session &session)
{
    ConnectionOptions options;
    options.conninfo = dsn;
    options.statementTimeoutMs = 600000;
    session.backend = std::make_unique<pg::PgBackend>(options);
    const auto opened = await(session.backend->open());
    if (!opened.ok()) {
        std::cerr << "[" << Bench << "] open failed: " << opened.error().detail().toStdString()
                  << "\n";
        return false;
    }
    const Result<Identity> identity = await(session.backend->identify());
    if (!identity.ok()) {
        std::cerr << "[" << Bench
                  << "] identify failed: " << identity.error().detail().toStdString() << "\n";
        return false;
    }
    session.identity = identity.value();
    return true;
}

std::string figures(const std::vector<double> &ms)
{
    if (ms.empty())
        return "failed";
    const double mid = median(ms);
    return "median " + format(mid) + " ms, p95 " + format(percentile(ms, 0.95)) + " ms (" +
           joined(ms, 0) + "); " + format(mid / kTargetMs, 2) + " x the " + format(kTargetMs, 0) +
           " ms target: " + verdict(mid, kTargetMs);
}

/// The first page of the current filter is in and painted.
bool firstPagePainted(AchievementsPane &pane)
{
    const bool loaded = waitUntil([&] {
        return pane.isSettled() && !pane.listModel()->isLoading() &&
               (pane.listModel()->loadedCount() > 0 || pane.listModel()->isAtEnd());
    });
    pane.tableView()->viewport()->repaint(); // the visible rows and their badges, painted
    return loaded && pane.messageText().isEmpty();
}

void benchOpen(Session &session, int runs)
{
    std::vector<double> times;
    int rows = 0;
    qint64 total = -1;
    for (int run = 0; run <= runs; ++run) {
        QSettings().clear(); // the default layout and sort (by name) each time
        AchievementsPane pane(session.backend.get());
        pane.setIdentity(session.identity);
        pane.resize(1400, 850);
        const Stopwatch watch;
        pane.show();
        pane.setScope(session.scope);
        const bool ok = firstPagePainted(pane);
        const double ms = watch.ms();
        if (!ok) {
            print(Bench, session.label + " open", "FAILED: " + pane.messageText().toStdString());
            return;
        }
        rows = pane.listModel()->loadedCount();
        total = pane.listModel()->estimatedTotal();
        if (run == 0)
            print(Bench, session.label + " open (warm-up)", format(ms) + " ms");
        else
            times.push_back(ms);
    }
    print(Bench, session.label + ": show + setScope -> first page painted",
          figures(times) + "; " + std::to_string(rows) + " rows loaded, estimated " +
              std::to_string(total));
}

/// Changes made on one open pane: each step's time from the change to the new first page painted.
void benchChanges(Session &session, int runs)
{
    QSettings().clear();
    AchievementsPane pane(session.backend.get());
    pane.setIdentity(session.identity);
    pane.resize(1400, 850);
    pane.show();
    pane.setScope(session.scope);
    if (!firstPagePainted(pane)) {
        print(Bench, session.label + " changes",
              "FAILED to open: " + pane.messageText().toStdString());
        return;
    }
    auto *status = pane.findChild<QComboBox *>(QStringLiteral("achievementStatus"));
    auto *sort = pane.findChild<QComboBox *>(QStringLiteral("achievementSort"));
    const auto measure = [&](const std::string &what, const std::function<void(int)> &change) {
        std::vector<double> times;
        for (int run = 0; run <= runs; ++run) {
            const Stopwatch watch;
            change(run);
            const bool ok = firstPagePainted(pane);
            const double ms = watch.ms();
            if (!ok) {
                print(Bench, session.label + " " + what,
                      "FAILED: " + pane.messageText().toStdString());
                return;
            }
            if (run > 0)
                times.push_back(ms);
        }
        print(Bench, session.label + ": " + what, figures(times));
    };
    measure("status filter changed -> first page painted", [&](int run) {
        status->setCurrentIndex(1 + run % (status->count() - 1)); // draft, active, archived
    });
    status->setCurrentIndex(0);
    firstPagePainted(pane);
    measure("sort changed -> first page painted",
            [&](int run) { sort->setCurrentIndex((run + 1) % sort->count()); });
    const QStringList searches{QStringLiteral("lek"), QStringLiteral("åska"),
                               QStringLiteral("bench-12"), QStringLiteral("zebra kväll"),
                               QStringLiteral("no such thing")};
    measure("search text (debounce excluded) -> first page painted",
            [&](int run) { pane.filterBar()->setSearchText(searches.at(run % searches.size())); });
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("DiceDeskBench"));
    QLoggingCategory::setFilterRules(QStringLiteral("dicedesk.*.info=false\nqt.qpa.*=false"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const std::string dsn = dsnFromArguments(argc, argv);
    const int runs = int(intArgument(argc, argv, "--runs", 7));
    const int achievements = int(intArgument(argc, argv, "--achievements", 50000));
    try {
        auto superuser = connect(dsn);
        printConditions(Bench, *superuser);
        if (count(*superuser,
                  "SELECT count(*) FROM achievements WHERE achievement_key LIKE 'bench-%'") <
            achievements) {
            const Stopwatch watch;
            pqxx::work tx(*superuser);
            tx.exec_params(TenantsSql, kTenants);
            tx.exec(PeopleSql);
            tx.exec_params(AchievementsSql, achievements, kTenants);
            tx.exec(TranslationsSql);
            tx.commit();
            pqxx::nontransaction(*superuser).exec("VACUUM ANALYZE");
            print(Bench, "generated",
                  std::to_string(achievements) + " achievements in " + format(watch.ms() / 1000) +
                      " s");
        }
        {
            pqxx::work tx(*superuser);
            tx.exec(LoginsSql);
            tx.commit();
        }
        print(
            Bench, "data",
            std::to_string(count(*superuser, "SELECT count(*) FROM achievements")) +
                " achievements (" +
                std::to_string(count(*superuser, "SELECT count(*) FROM achievements WHERE "
                                                 "tenant_id IS NULL")) +
                " global), " +
                std::to_string(count(*superuser, "SELECT count(*) FROM achievement_translations")) +
                " translations, " +
                std::to_string(count(*superuser, "SELECT count(*) FROM user_achievements")) +
                " unlocks");

        const QString qdsn = QString::fromStdString(dsn);
        Session sys, admin;
        sys.label = "system admin, all tenants";
        admin.label = "tenant admin, own tenant";
        if (!signIn(qdsn + QStringLiteral(" user=bench_ach_sys"), sys) ||
            !signIn(qdsn + QStringLiteral(" user=bench_ach_admin"), admin))
            return 1;
        sys.scope.allTenants = true;
        for (int n = 1; n <= kTenants; ++n)
            sys.scope.tenantIds.append(QUuid::fromString(QString::fromStdString(tenantId(n))));
        admin.scope.tenantIds = {QUuid::fromString(QString::fromStdString(tenantId(1)))};

        benchOpen(sys, runs);
        benchOpen(admin, runs);
        benchChanges(sys, runs);
        benchChanges(admin, runs);
    } catch (const std::exception &e) {
        std::cerr << Bench << ": " << e.what() << "\n";
        return 1;
    }
    return 0;
}
