// The award console's panes, offscreen, over the console's own PgBackend and personal logins
// (row-level security applies), on one tenant with 100,000 members and 10,000 pending requests
// (generated if missing, as bench_award_backend does):
//   - award: a 10,000-recipient award in the AwardsPane from pressing Send to the result on
//     screen (AwardsPane::sendFinished, the pane repainted): paid by a system admin (target
//     <= 2 s) and filed for approval by the tenant admin. Fresh keys each time (the pane's own).
//   - queue: the ApprovalQueuePane opening with 10,000 pending requests, a new pane each time:
//     from show() + setScope() to the first page of rows on screen and the pane settled (target
//     <= 300 ms), and to the first request's detail loaded.
//   - search: recipient search over 100,000 members as the tenant admin, typed into the search
//     field: from the last keystroke to the results shown (incl. the 120 ms debounce timer) and
//     from the timer firing to the results shown (target <= 100 ms).
// Medians (and every run) after one untimed warm-up.
//
//   bench_award_gui [--dsn DSN] [--awards 5] [--filed 3] [--opens 7] [--searches 20]
//                   [--users 100000] [--pending 10000]
// The DSN must be a superuser's. Run offscreen (QT_QPA_PLATFORM=offscreen is set if unset),
// e.g. through bench/run_award_gui_benchmarks.sh. Prints figures; asserts nothing.

#include "AwardBenchData.h"
#include "BenchSupport.h"
#include "approvals/ApprovalQueuePane.h"
#include "awards/AwardsPane.h"
#include "awards/MemberHitModel.h"
#include "awards/RecipientListModel.h"
#include "backend/pg/PgBackend.h"
#include "requests/RequestQueueModel.h"

#include <QApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>
#include <iostream>
#include <optional>

using namespace benchsupport;
using namespace dicedesk;

namespace {

const char *const Bench = "bench_award_gui";
using namespace dicedesk::awardbench;
constexpr int kTimeoutMs = 120000;
// 10,000 pending and 30,000 decided requests by the tenant admin on top of AwardBenchData.h.
const char *const RequestsSql = R"sql(
INSERT INTO gamification_admin_award_requests
    (tenant_id, requester_user_id, amount, message, idempotency_key, recipient_count, status,
     decided_by_user_id, decided_at, decision_reason, expires_at, created_at)
SELECT $1::uuid, $2::uuid, 500 + i % 1000, format('Bench request %s', i), format('bench-req-%s', i), 1,
       CASE WHEN i <= $4::int THEN 'pending' ELSE 'rejected' END,
       CASE WHEN i > $4::int THEN $3::uuid END, CASE WHEN i > $4::int THEN now() END,
       CASE WHEN i > $4::int THEN 'Bench' END,
       now() + interval '14 days',
       now() - interval '30 days' + i * interval '1 second'
  FROM generate_series(1, $4::int + 30000) AS i
ON CONFLICT DO NOTHING;
)sql";
// Personal logins: the tenant admin (bench_award_backend's) and the system admin.
const char *const LoginsSql = R"sql(
DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['bench_award_admin', 'bench_award_sys'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I LOGIN IN ROLE dicedesk_personal_login', r);
        END IF;
    END LOOP;
END
$$;
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

/// Runs the event loop until @p done (checked after every event batch, 1 ms apart at most).
bool waitUntil(const std::function<bool()> &done, int timeoutMs = kTimeoutMs)
{
    return QTest::qWaitFor(done, timeoutMs);
}

struct Session
{
    std::unique_ptr<pg::PgBackend> backend;
    Identity identity;
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

TenantScope bigTenant()
{
    TenantScope scope;
    scope.tenantIds = {QUuid::fromString(QString::fromStdString(BigTenant))};
    return scope;
}

QString plain(const QString &html)
{
    QString text = html;
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return text.simplified();
}

std::string figures(const std::vector<double> &ms, double target)
{
    if (ms.empty())
        return "failed";
    std::string text = "median " + format(median(ms)) + " ms (" + joined(ms, 0) + ")";
    if (target > 0)
        text += "; target <= " + format(target, 0) + " ms: " + verdict(median(ms), target);
    return text;
}

QList<Recipient> members(pqxx::connection &connection, int count, int offset)
{
    pqxx::nontransaction tx(connection);
    QList<Recipient> recipients;
    for (const auto &row : tx.exec_params(
             "SELECT u.id, u.full_name, u.email FROM user_tenant_memberships m JOIN users u ON "
             "u.id = m.user_id WHERE m.tenant_id = $1::uuid AND m.status = 'active' AND m.role = "
             "'member' ORDER BY m.user_id OFFSET $3::int LIMIT $2::int",
             BigTenant, count, offset)) {
        Recipient recipient;
        recipient.userId = QUuid::fromString(QString::fromUtf8(row[0].c_str()));
        recipient.displayName = QString::fromUtf8(row[1].c_str());
        recipient.email = QString::fromUtf8(row[2].c_str());
        recipients.append(recipient);
    }
    return recipients;
}

bool openAwardsPane(AwardsPane &pane)
{
    pane.resize(1200, 800);
    pane.show();
    if (!QTest::qWaitForWindowExposed(&pane))
        return false;
    pane.setScope(bigTenant());
    return waitUntil([&] { return pane.isSettled(); }) && pane.errorText().isEmpty();
}

/// Awards of 10,000 recipients sent from the pane: Send pressed → sendFinished → repainted.
void benchAwards(const std::string &label, Session &session, pqxx::connection &superuser, int runs,
                 int firstOffset, double target)
{
    AwardsPane pane(session.backend.get(), session.identity);
    if (!openAwardsPane(pane)) {
        print(Bench, label, "FAILED to open the pane: " + pane.errorText().toStdString());
        return;
    }
    std::vector<double> times;
    QString lastResult;
    for (int run = 0; run <= runs; ++run) {
        const QList<Recipient> recipients =
            members(superuser, 10000, (firstOffset + run * 10000) % 88000);
        if (!pane.addRecipients(recipients)) {
            print(Bench, label, "FAILED to add recipients: " + pane.errorText().toStdString());
            return;
        }
        pane.amountBox()->setValue(2);
        pane.messageEdit()->setPlainText(QStringLiteral("GUI bench award %1").arg(run));
        if (!waitUntil([&] { return pane.sendButton()->isEnabled(); }, 30000)) {
            print(Bench, label, "FAILED: Send stays disabled: " + pane.hintText().toStdString());
            return;
        }
        bool finished = false;
        const auto connection =
            QObject::connect(&pane, &AwardsPane::sendFinished, [&] { finished = true; });
        const Stopwatch watch;
        QTest::mouseClick(pane.sendButton(), Qt::LeftButton);
        const bool arrived = waitUntil([&] { return finished; });
        pane.repaint(); // the result, painted
        const double ms = watch.ms();
        QObject::disconnect(connection);
        if (!arrived || !pane.errorText().isEmpty()) {
            print(Bench, label, "FAILED: " + pane.errorText().toStdString());
            return;
        }
        lastResult = plain(pane.resultText());
        if (run > 0)
            times.push_back(ms);
        else
            print(Bench, label + " (warm-up)", format(ms) + " ms");
    }
    print(Bench, label, figures(times, target));
    print(Bench, "  shown", lastResult.left(160).toStdString());
}

/// A new approval queue pane each time: show() + setScope() → first page on screen, settled;
/// then the first request's detail loaded.
void benchQueue(Session &session, int runs)
{
    std::vector<double> firstPage, detail;
    int rows = 0;
    qint64 total = -1;
    for (int run = 0; run <= runs; ++run) {
        ApprovalQueuePane pane(session.backend.get(), session.identity);
        pane.resize(1300, 800);
        bool detailArrived = false;
        QObject::connect(&pane, &ApprovalQueuePane::detailLoaded,
                         [&](const QUuid &) { detailArrived = true; });
        const Stopwatch watch;
        pane.show();
        pane.setScope(bigTenant());
        const bool settled = waitUntil([&] {
            return pane.isSettled() && !pane.queueModel()->isLoading() &&
                   pane.queueModel()->loadedCount() > 0;
        });
        pane.tableView()->viewport()->repaint(); // the visible rows, painted
        const double pageMs = watch.ms();
        const bool detailed = waitUntil([&] { return detailArrived; }, 30000);
        pane.repaint();
        const double detailMs = watch.ms();
        if (!settled || !pane.messageText().isEmpty()) {
            print(Bench, "approval queue", "FAILED: " + pane.messageText().toStdString());
            return;
        }
        rows = pane.queueModel()->loadedCount();
        total = pane.queueModel()->estimatedTotal();
        if (run == 0) {
            print(Bench, "approval queue opened (warm-up, first pane of the process)",
                  format(pageMs) + " ms; detail " + format(detailMs) + " ms");
            continue;
        }
        firstPage.push_back(pageMs);
        if (detailed)
            detail.push_back(detailMs);
    }
    print(Bench, "approval queue: show + setScope -> first page on screen, settled",
          figures(firstPage, 300) + "; " + std::to_string(rows) + " rows loaded, estimated " +
              std::to_string(total) + " pending");
    print(Bench, "approval queue: ... -> first request's detail loaded (incl. its 80 ms delay)",
          figures(detail, 0));
}

/// Prefixes typed into the search: names, a later name word, e-mails, none matching.
void benchSearch(Session &session, int runs)
{
    AwardsPane pane(session.backend.get(), session.identity);
    if (!openAwardsPane(pane)) {
        print(Bench, "search", "FAILED to open the pane: " + pane.errorText().toStdString());
        return;
    }
    QTimer *debounce = nullptr;
    for (QTimer *timer : pane.findChildren<QTimer *>()) {
        if (timer->isSingleShot() && timer->interval() == AwardsPane::kSearchDelayMs)
            debounce = timer;
    }
    if (!debounce) {
        print(Bench, "search", "FAILED: no debounce timer found");
        return;
    }
    std::optional<Stopwatch> sinceTimer;
    QObject::connect(debounce, &QTimer::timeout, [&] { sinceTimer.emplace(); });
    const QStringList prefixes = {
        QStringLiteral("a"),     QStringLiteral("lo"),        QStringLiteral("lov"),
        QStringLiteral("sven"),  QStringLiteral("ber"),       QStringLiteral("lars.berg"),
        QStringLiteral("gran"),  QStringLiteral("maria"),     QStringLiteral("zz"),
        QStringLiteral("ada.a"), QStringLiteral("karin lind")};
    std::vector<double> total, afterTimer;
    pane.searchField()->setFocus();
    for (int run = 0; run <= runs; ++run) {
        const QString prefix = prefixes.at(run % prefixes.size());
        pane.searchField()->clear();
        QCoreApplication::processEvents();
        const QString help = pane.searchStatusText();
        sinceTimer.reset();
        QTest::keyClicks(pane.searchField(), prefix);
        const Stopwatch sinceKey;
        const bool shown = waitUntil([&] { return pane.searchStatusText() != help; }, 30000);
        pane.searchView()->viewport()->repaint(); // the hits, painted
        const double keyMs = sinceKey.ms();
        const double timerMs = sinceTimer ? sinceTimer->ms() : -1;
        if (!shown || !pane.errorText().isEmpty()) {
            print(Bench, "search",
                  "FAILED for \"" + prefix.toStdString() + "\": " + pane.errorText().toStdString());
            return;
        }
        if (run == 0)
            continue;
        total.push_back(keyMs);
        afterTimer.push_back(timerMs);
    }
    print(Bench,
          "recipient search: last keystroke -> hits shown (incl. " +
              std::to_string(AwardsPane::kSearchDelayMs) + " ms debounce)",
          figures(total, 0));
    print(Bench, "recipient search: debounce timer fired -> hits shown", figures(afterTimer, 100));
    print(Bench, "  p95 after the timer", format(percentile(afterTimer, 0.95)) + " ms");
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir journalDir;
    qputenv(AwardJournal::kPathVariable,
            journalDir.filePath(QStringLiteral("journal.json")).toUtf8());
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("dicedesk.*.info=false\nqt.qpa.*=false"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const std::string dsn = dsnFromArguments(argc, argv);
    const int awards = int(intArgument(argc, argv, "--awards", 5));
    const int filed = int(intArgument(argc, argv, "--filed", 3));
    const int opens = int(intArgument(argc, argv, "--opens", 7));
    const int searches = int(intArgument(argc, argv, "--searches", 20));
    const int users = int(intArgument(argc, argv, "--users", 100000));
    const int pending = int(intArgument(argc, argv, "--pending", 10000));
    try {
        auto superuser = connect(dsn);
        printConditions(Bench, *superuser);
        if (count(*superuser, "SELECT count(*) FROM user_tenant_memberships WHERE tenant_id = '" +
                                  BigTenant + "'") < users) {
            const Stopwatch watch;
            pqxx::work tx(*superuser);
            installMembers(tx, users);
            tx.exec_params(RequestsSql, BigTenant, TenantAdmin, SystemAdmin, pending);
            tx.commit();
            pqxx::nontransaction(*superuser).exec("VACUUM ANALYZE");
            print(Bench, "generated",
                  std::to_string(users) + " members, " + std::to_string(pending) +
                      " pending requests in " + format(watch.ms() / 1000) + " s");
        }
        {
            pqxx::work tx(*superuser);
            tx.exec(LoginsSql);
            tx.exec_params("INSERT INTO dicedesk_login_users (login_role, user_id) VALUES "
                           "('bench_award_admin', $1::uuid), ('bench_award_sys', $2::uuid) "
                           "ON CONFLICT DO NOTHING",
                           TenantAdmin, SystemAdmin);
            tx.commit();
        }
        print(Bench, "data",
              std::to_string(count(*superuser, "SELECT count(*) FROM users")) + " users, " +
                  std::to_string(count(*superuser,
                                       "SELECT count(*) FROM gamification_admin_award_requests "
                                       "WHERE status = 'pending'")) +
                  " pending requests");

        const QString qdsn = QString::fromStdString(dsn);
        Session admin, sys;
        if (!signIn(qdsn + QStringLiteral(" user=bench_award_admin"), admin) ||
            !signIn(qdsn + QStringLiteral(" user=bench_award_sys"), sys))
            return 1;

        benchQueue(sys, opens);
        benchSearch(admin, searches);
        benchAwards("award to 10,000 paid by a system admin: Send -> result on screen", sys,
                    *superuser, awards, 0, 2000);
        if (filed > 0)
            benchAwards("award to 10,000 filed for approval by the tenant admin: Send -> result "
                        "on screen",
                        admin, *superuser, filed, 60000, 0);
    } catch (const std::exception &e) {
        std::cerr << Bench << ": " << e.what() << "\n";
        return 1;
    }
    return 0;
}
