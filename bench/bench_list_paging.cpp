// Paging the event log (10,000,000 rows in the large seed) and the coin ledger (~2,600,000) with
// the console's own list models shown in a real QTableView (offscreen), over the console's own
// backend (PgBackend, its worker thread), signed in as a persona (row-level security applies).
//
//   --mode first-page  time from reset to the first page shown (rows inserted and the visible
//                      rows painted), median of --runs (default 7, after one warm-up), for all
//                      tenants and for one tenant; target <= 300 ms
//   --mode scroll      scrolls to the end as a user dragging the scroll bar to the bottom would:
//                      every page that arrives, the view is scrolled to its last row and fetches
//                      the next one itself. Prints rows/s, peak RSS (VmHWM) before and after,
//                      the pages kept in memory, and the GUI thread's longest stall, measured by
//                      a 1 ms heartbeat timer (the largest gap between two of its ticks).
//   --list events|ledger  --later-page N (rows per page after the first, default the model's)
//   --cache-pages N  --max-rows N (stop scrolling early; 0: to the end)  --no-view (page the
//   model alone, to tell its memory from the view's)  --login ROLE (default
//   demo_sysadmin; "-" keeps the DSN's own role)  --dsn DSN (else DICEDESK_BENCH_DSN, else
//   DICEDESK_TEST_DSN inside `dicedesk-db sandbox`)
//
// Prints figures; asserts nothing. Run it through bench/run_list_benchmarks.sh.

#include "BenchSupport.h"
#include "backend/pg/PgBackend.h"
#include "items/EventLogModel.h"
#include "items/LedgerModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLoggingCategory>
#include <QTableView>
#include <QTimer>
#include <array>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>

using namespace benchsupport;
using namespace dicedesk;

namespace {

const char *const Bench = "bench_list_paging";

std::string stringArgument(int argc, char **argv, const std::string &name,
                           const std::string &fallback)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (argv[i] == name)
            return argv[i + 1];
    }
    return fallback;
}

/// A value from /proc/self/status in MiB ("VmHWM", "VmRSS").
double procStatusMiB(const std::string &key)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind(key + ":", 0) == 0)
            return std::atof(line.c_str() + key.size() + 1) / 1024.0;
    }
    return -1;
}

/// Runs the event loop until @p done or @p timeoutMs; false on timeout. The loop sleeps
/// between events (processEvents(flags, ms) would not: it spins).
bool waitUntil(const std::function<bool()> &done, qint64 timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QTimer wake; // wakes the loop now and then, so the timeout is seen
    wake.start(50);
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

/// Measures how long the GUI thread goes without running its event loop: a 1 ms timer's
/// largest gap between ticks, and how the gaps spread (fixed buckets, no growing memory).
class Heartbeat : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longestMs() const { return m_longest; }
    std::string spread() const
    {
        static const char *const names[] = {"<2 ms", "2-5",    "5-10", "10-20",
                                            "20-50", "50-100", ">=100"};
        std::string out;
        for (size_t i = 0; i < m_buckets.size(); ++i)
            out += std::string(out.empty() ? "" : ", ") + names[i] + ": " +
                   std::to_string(m_buckets[i]);
        return out;
    }

private:
    void tick()
    {
        const double now = m_clock.nsecsElapsed() / 1e6;
        const double gap = now - m_last;
        m_last = now;
        m_longest = std::max(m_longest, gap);
        static const double bounds[] = {2, 5, 10, 20, 50, 100};
        size_t bucket = 0;
        while (bucket < std::size(bounds) && gap >= bounds[bucket])
            ++bucket;
        ++m_buckets[bucket];
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    double m_longest = 0;
    std::array<long long, 7> m_buckets{};
};

/// The DSN with another login (key=value form only); the sandbox and local clusters trust
/// local socket logins, and demo logins have the password "demo".
std::string withLogin(const std::string &dsn, const std::string &login)
{
    if (login == "-" || dsn.find("://") != std::string::npos)
        return dsn;
    return dsn + " user=" + login + " password=demo";
}

struct Lists
{
    std::unique_ptr<KeysetListModel> model;
    std::function<void(const TenantScope &)> setScope;
};

Lists makeList(const std::string &which, Backend *backend)
{
    Lists lists;
    if (which == "ledger") {
        auto *model = new LedgerModel(backend);
        lists.model.reset(model);
        lists.setScope = [model](const TenantScope &scope) {
            LedgerFilter filter;
            filter.scope = scope;
            model->setFilter(filter);
        };
    } else {
        auto *model = new EventLogModel(backend);
        lists.model.reset(model);
        lists.setScope = [model](const TenantScope &scope) {
            EventFilter filter;
            filter.scope = scope;
            model->setFilter(filter);
        };
    }
    return lists;
}

QTableView *makeView(KeysetListModel *model)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->resize(1200, 800);
    view->show();
    return view;
}

int firstPage(const Lists &lists, QTableView *view, const QList<Tenant> &tenants, int runs,
              const std::string &which)
{
    KeysetListModel *model = lists.model.get();
    TenantScope all;
    for (const Tenant &tenant : tenants)
        all.tenantIds.append(tenant.id);
    all.allTenants = true;
    TenantScope one;
    one.tenantIds = {tenants.first().id};
    const std::vector<std::pair<std::string, TenantScope>> scopes = {
        {"all " + std::to_string(tenants.size()) + " tenants", all},
        {"one tenant (" + tenants.first().name.toStdString() + ")", one}};
    int failures = 0;
    for (const auto &[label, scope] : scopes) {
        std::vector<double> times;
        qint64 estimate = -1;
        for (int run = 0; run <= runs; ++run) {
            const Stopwatch watch;
            lists.setScope(scope);
            model->fetchMore({});
            const bool arrived = waitUntil(
                [&] { return model->loadedCount() > 0 || model->tailError().isError(); }, 60000);
            view->viewport()->repaint(); // the visible rows, painted
            const double ms = watch.ms();
            if (!arrived || model->tailError().isError()) {
                print(Bench, which + " first page, " + label,
                      "FAILED: " + model->tailError().detail().toStdString());
                ++failures;
                break;
            }
            estimate = model->estimatedTotal();
            if (run > 0) // the first run warms the caches and the connection
                times.push_back(ms);
        }
        if (times.empty())
            continue;
        print(Bench, which + " first page shown, " + label,
              "median " + format(median(times)) +
                  " ms (target <= 300 ms: " + verdict(median(times), 300) + "), min " +
                  format(*std::min_element(times.begin(), times.end())) + ", max " +
                  format(*std::max_element(times.begin(), times.end())) + " over " +
                  std::to_string(times.size()) + " runs; " + std::to_string(model->loadedCount()) +
                  " rows, estimated total " + std::to_string(estimate));
    }
    return failures;
}

int scroll(const Lists &lists, QTableView *view, const QList<Tenant> &tenants, long long maxRows,
           const std::string &which)
{
    KeysetListModel *model = lists.model.get();
    TenantScope all;
    for (const Tenant &tenant : tenants)
        all.tenantIds.append(tenant.id);
    all.allTenants = true;

    const double hwmBefore = procStatusMiB("VmHWM");
    const double rssBefore = procStatusMiB("VmRSS");
    Heartbeat heartbeat;
    int nudges = 0;
    // As a user holding the scroll bar at the bottom: every page that arrives, scroll to the
    // end; the view asks the model for the next page itself. Without a view (--no-view, to
    // tell the model's memory from the view's), ask for the next page directly.
    if (view)
        QObject::connect(model, &KeysetListModel::countsChanged, view,
                         [view] { view->scrollToBottom(); });
    else
        QObject::connect(model, &KeysetListModel::countsChanged, model,
                         [model] { model->fetchMore({}); });
    QElapsedTimer idle;
    idle.start();
    QObject::connect(model, &KeysetListModel::loadingChanged, model, [&](bool) { idle.restart(); });

    const Stopwatch watch;
    heartbeat.start();
    lists.setScope(all);
    model->fetchMore({});
    long long nextReport = 1000000;
    double lastReportMs = 0;
    long long lastReportRows = 0;
    const bool finished = waitUntil(
        [&] {
            if (model->tailError().isError())
                return true;
            if (maxRows > 0 && model->loadedCount() >= maxRows)
                return true;
            if (model->isAtEnd() && !model->isLoading())
                return true;
            // The view fetches on its own; should it ever not, nudge it (and count it).
            if (!model->isLoading() && model->canFetchMore({}) && idle.elapsed() > 200) {
                ++nudges;
                model->fetchMore({});
            }
            if (model->loadedCount() >= nextReport) {
                const double now = watch.ms();
                print(Bench, which + " progress",
                      std::to_string(model->loadedCount()) + " rows after " +
                          format(now / 1000, 1) + " s, " +
                          format((model->loadedCount() - lastReportRows) /
                                     ((now - lastReportMs) / 1000),
                                 0) +
                          " rows/s lately, RSS " + format(procStatusMiB("VmRSS"), 0) + " MiB");
                lastReportMs = now;
                lastReportRows = model->loadedCount();
                nextReport += 1000000;
            }
            return false;
        },
        4LL * 3600 * 1000);
    heartbeat.stop();
    const double seconds = watch.ms() / 1000;
    // Stopped early: let the page in flight arrive rather than cancel it on the way out.
    waitUntil([&] { return !model->isLoading(); }, 60000);
    if (!finished || model->tailError().isError()) {
        print(Bench, which + " scroll",
              "FAILED after " + std::to_string(model->loadedCount()) +
                  " rows: " + model->tailError().detail().toStdString());
        return 1;
    }
    const double hwmAfter = procStatusMiB("VmHWM");
    const double rssAfter = procStatusMiB("VmRSS");
    std::string prefix =
        maxRows > 0 ? which + ", pages of " + std::to_string(model->laterPageSize()) : which;
    if (!view)
        prefix += ", model only";
    print(Bench,
          prefix + (model->isAtEnd() ? " scrolled to the end"
                                     : " first " + std::to_string(model->loadedCount()) + " rows"),
          std::to_string(model->loadedCount()) + " rows in " + format(seconds, 1) +
              " s = " + format(model->loadedCount() / seconds, 0) + " rows/s; " +
              std::to_string(model->pageCount()) + " pages (first " +
              std::to_string(model->firstPageSize()) + " rows, then " +
              std::to_string(model->laterPageSize()) + "), " +
              std::to_string(model->cachedPageCount()) + " kept in memory (limit " +
              std::to_string(model->cachedPageLimit()) + ")" +
              (nudges ? ", " + std::to_string(nudges) + " nudges" : std::string()));
    print(Bench, prefix + " memory",
          "peak RSS (VmHWM) " + format(hwmBefore, 0) + " MiB before, " + format(hwmAfter, 0) +
              " MiB after; RSS " + format(rssBefore, 0) + " -> " + format(rssAfter, 0) + " MiB, " +
              format((rssAfter - rssBefore) * 1024 * 1024 / model->loadedCount(), 1) +
              " bytes per row");
    print(Bench, prefix + " GUI thread",
          "longest stall " + format(heartbeat.longestMs(), 1) +
              " ms (1 ms heartbeat, largest gap); gaps: " + heartbeat.spread());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("dicedesk.*.info=false"));

    std::string dsn = stringArgument(argc, argv, "--dsn", {});
    if (dsn.empty() && std::getenv("DICEDESK_BENCH_DSN"))
        dsn = std::getenv("DICEDESK_BENCH_DSN");
    if (dsn.empty())
        dsn = dsnFromArguments(argc, argv);
    const std::string mode = stringArgument(argc, argv, "--mode", "first-page");
    const std::string which = stringArgument(argc, argv, "--list", "events");
    const std::string login = stringArgument(argc, argv, "--login", "demo_sysadmin");
    const int runs = static_cast<int>(intArgument(argc, argv, "--runs", 7));
    const long long maxRows = intArgument(argc, argv, "--max-rows", 0);

    {
        auto connection = connect(dsn);
        printConditions(Bench, *connection);
        const char *table = which == "ledger" ? "coin_transactions" : "gamification_events";
        print(Bench, std::string(table) + " rows (planner statistics)",
              std::to_string(count(*connection, std::string("SELECT reltuples::bigint FROM "
                                                            "pg_class WHERE oid = 'public.") +
                                                    table + "'::regclass")));
    }

    pg::PgBackend backend(QString::fromStdString(withLogin(dsn, login)));
    QList<Tenant> tenants;
    bool ready = false;
    backend.open().then(&backend, [&](const Result<bool> &opened) {
        if (!opened.ok()) {
            std::cerr << "cannot connect as " << login << ": "
                      << opened.error().detail().toStdString() << "\n";
            ready = true;
            return;
        }
        backend.tenants().then(&backend, [&](const Result<QList<Tenant>> &result) {
            if (result.ok())
                tenants = result.value();
            ready = true;
        });
    });
    waitUntil([&] { return ready; }, 60000);
    if (tenants.isEmpty()) {
        std::cerr << Bench << ": no tenants visible to " << login << "\n";
        return 1;
    }
    print(Bench, "list",
          which + ", signed in as " + login + ", " + std::to_string(tenants.size()) + " tenants");

    Lists lists = makeList(which, &backend);
    const long long laterPage = intArgument(argc, argv, "--later-page", 0);
    if (laterPage > 0)
        lists.model->setPageSizes(lists.model->firstPageSize(), int(laterPage));
    const long long cachePages = intArgument(argc, argv, "--cache-pages", 0);
    if (cachePages > 0)
        lists.model->setCachedPageLimit(int(cachePages));
    std::unique_ptr<QTableView> view;
    if (!flagArgument(argc, argv, "--no-view")) {
        view.reset(makeView(lists.model.get()));
        waitUntil([&] { return view->isVisible(); }, 5000);
    }

    if (mode != "scroll" && !view)
        view.reset(makeView(lists.model.get()));
    const int failures = mode == "scroll" ? scroll(lists, view.get(), tenants, maxRows, which)
                                          : firstPage(lists, view.get(), tenants, runs, which);
    view.reset();
    return failures == 0 ? 0 : 1;
}
