// The approval queue pane, offscreen, against a real PostgreSQL started by `dicedesk-db
// sandbox --migrate` with the tenants, logins and requests of ApprovalFixture. Requests are
// filed through the real functions as the tenant admin. Covers: the queue's columns and
// detail (recipients' balances, the requester's history), approve and reject with a required
// reason (paid or not, checked in SQL), two consoles deciding the same request, self-approval
// (hidden here, refused by the database), live updates from other connections (LISTEN/NOTIFY),
// expiry, showRequest(), the keys (J/K/A/R/Enter/Esc) and the approval settings.
#include "ApprovalFixture.h"
#include "approvals/ApprovalQueuePane.h"
#include "approvals/AwardSettingsDialog.h"
#include "approvals/RequestDetailView.h"
#include "backend/pg/PgBackend.h"
#include "requests/RequestFormat.h"
#include "requests/RequestQueueModel.h"
#include "requests/RequestRecipientsModel.h"
#include "requests/RequesterHistoryModel.h"
#include "widgets/ReasonDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dicedesk;
using test::ApprovalFixture;

namespace {

constexpr int kTimeoutMs = 20000;

TenantScope bothTenants()
{
    TenantScope scope;
    scope.tenantIds = {ApprovalFixture::id(ApprovalFixture::tenantA),
                       ApprovalFixture::id(ApprovalFixture::tenantB)};
    scope.allTenants = true;
    return scope;
}

template<typename T> std::optional<Result<T>> await(QFuture<Result<T>> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, kTimeoutMs))
        return std::nullopt;
    return future.result();
}

/// One console: a backend logged in as a personal login, its identity and the pane.
struct Console
{
    std::unique_ptr<pg::PgBackend> backend;
    Identity identity;
    std::unique_ptr<ApprovalQueuePane> pane;
};

std::unique_ptr<Console> console(const char *login, std::optional<QUuid> forgedUserId = {})
{
    auto result = std::make_unique<Console>();
    result->backend =
        std::make_unique<pg::PgBackend>(ApprovalFixture::dsnFor(QLatin1String(login)));
    auto identity = await(result->backend->identify());
    if (!identity || !identity->ok())
        return nullptr;
    result->identity = identity->value();
    if (forgedUserId)
        result->identity.userId = *forgedUserId;
    result->pane = std::make_unique<ApprovalQueuePane>(result->backend.get(), result->identity);
    return result;
}

bool waitSettled(ApprovalQueuePane &pane)
{
    return QTest::qWaitFor([&] { return pane.isSettled() && !pane.queueModel()->isLoading(); },
                           kTimeoutMs);
}

bool open(ApprovalQueuePane &pane, const TenantScope &scope = bothTenants())
{
    pane.resize(1300, 800);
    pane.show();
    if (!QTest::qWaitForWindowExposed(&pane))
        return false;
    pane.setScope(scope);
    return waitSettled(pane);
}

bool waitDetail(ApprovalQueuePane &pane, const QUuid &id)
{
    return QTest::qWaitFor([&] { return pane.shownRequestId() == id && pane.isDetailLoaded(); },
                           kTimeoutMs);
}

ReasonDialog *waitDialog(ApprovalQueuePane &pane)
{
    if (!QTest::qWaitFor([&] { return pane.reasonDialog() != nullptr; }, kTimeoutMs))
        return nullptr;
    return pane.reasonDialog();
}

QPushButton *okButton(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

/// Types the reason, confirms, and waits for the database's answer.
bool confirm(ApprovalQueuePane &pane, ReasonDialog *dialog, const QString &reason)
{
    QSignalSpy finished(&pane, &ApprovalQueuePane::decisionFinished);
    dialog->reasonEdit()->setFocus();
    QTest::keyClicks(dialog->reasonEdit(), reason);
    QPushButton *ok = okButton(dialog);
    if (!ok || !ok->isEnabled())
        return false;
    ok->click();
    return finished.wait(kTimeoutMs);
}

QUuid idAt(ApprovalQueuePane &pane, int row)
{
    return pane.queueModel()->index(row, 0).data(KeysetListModel::IdRole).toUuid();
}

int currentRow(ApprovalQueuePane &pane)
{
    const QModelIndex current = pane.tableView()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

std::string quoted(const QUuid &id)
{
    return "'" + id.toString(QUuid::WithoutBraces).toStdString() + "'";
}

long long balance(const char *user)
{
    return ApprovalFixture::count(
        std::string("SELECT coalesce(sum(balance), 0) FROM user_coins WHERE user_id = '") + user +
        "' AND tenant_id = '" + ApprovalFixture::tenantA + "'");
}

QString status(const QUuid &request)
{
    return ApprovalFixture::text(
        "SELECT status FROM gamification_admin_award_requests WHERE id = " + quoted(request));
}

/// Files a pending request as Ada in tenant A: @p amount coins to Max and Mia (≥ threshold).
QUuid fileRequest(const QString &key, int amount = 300, const QString &message = {})
{
    return ApprovalFixture::award(
        QLatin1String(ApprovalFixture::adaLogin), ApprovalFixture::tenantA,
        {ApprovalFixture::id(ApprovalFixture::max), ApprovalFixture::id(ApprovalFixture::mia)},
        amount, message.isEmpty() ? QStringLiteral("Request %1").arg(key) : message, key);
}

} // namespace

class TestApprovalPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("DiceDeskTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        try {
            ApprovalFixture::install();
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
    }

    void init() { QSettings().clear(); }

    void queueListsPendingWithColumns()
    {
        auto anna = console(ApprovalFixture::annaLogin);
        QVERIFY(anna);
        ApprovalQueuePane &pane = *anna->pane;
        QAbstractItemModelTester tester(pane.queueModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(pane.paneId(), QStringLiteral("approvals"));
        QCOMPARE(pane.title(), QStringLiteral("Approvals"));
        QVERIFY(!pane.icon().isNull());
        QVERIFY(open(pane));
        QVERIFY2(pane.messageText().isEmpty(), qPrintable(pane.messageText()));

        RequestQueueModel *model = pane.queueModel();
        const long long pending = ApprovalFixture::count(
            "SELECT count(*) FROM gamification_admin_award_requests WHERE status = 'pending'");
        QCOMPARE(pending, 3);
        QCOMPARE(model->loadedCount(), 3);
        QCOMPARE(pane.statusText(), QStringLiteral("3 pending"));
        const QUuid summer =
            ApprovalFixture::requestByKey(QLatin1String(ApprovalFixture::summerKey));
        QCOMPARE(idAt(pane, 0), summer);
        const auto cell = [&](int row, int column) {
            return model->index(row, column).data().toString();
        };
        QCOMPARE(cell(0, RequestQueueModel::RequesterColumn), QStringLiteral("Ada Admin"));
        QCOMPARE(cell(0, RequestQueueModel::TenantColumn), QStringLiteral("Alpha Club"));
        QCOMPARE(cell(0, RequestQueueModel::AmountColumn), QStringLiteral("300 coins × 3"));
        QCOMPARE(cell(0, RequestQueueModel::TotalColumn), QStringLiteral("900 coins"));
        QCOMPARE(cell(0, RequestQueueModel::MessageColumn),
                 QStringLiteral("Summer camp leaders Thanks for the hard work"));
        QVERIFY(!cell(0, RequestQueueModel::AgeColumn).isEmpty());
        QCOMPARE(cell(2, RequestQueueModel::TenantColumn), QStringLiteral("Beta League"));
        QVERIFY(pane.tableView()->isColumnHidden(RequestQueueModel::StatusColumn));

        // The oldest request is selected and shown at once.
        QCOMPARE(currentRow(pane), 0);
        QVERIFY(waitDetail(pane, summer));

        // All requests: the status column appears.
        pane.setStatusFilter(ApprovalQueuePane::StatusFilter::All);
        QVERIFY(waitSettled(pane));
        QVERIFY(!pane.tableView()->isColumnHidden(RequestQueueModel::StatusColumn));
        QCOMPARE(
            model->loadedCount(),
            int(ApprovalFixture::count("SELECT count(*) FROM gamification_admin_award_requests")));
        QCOMPARE(pane.findChild<QComboBox *>(QStringLiteral("statusFilter"))->currentText(),
                 QStringLiteral("All"));
    }

    void detailShowsRecipientsAndHistory()
    {
        auto anna = console(ApprovalFixture::annaLogin);
        QVERIFY(anna);
        ApprovalQueuePane &pane = *anna->pane;
        RequestDetailView *detail = pane.detailView();
        QAbstractItemModelTester recipientsTester(
            detail->recipientsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester historyTester(
            detail->historyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(open(pane));
        const QUuid planner =
            ApprovalFixture::requestByKey(QLatin1String(ApprovalFixture::plannerKey));
        const QUuid summer =
            ApprovalFixture::requestByKey(QLatin1String(ApprovalFixture::summerKey));
        pane.tableView()->setCurrentIndex(
            pane.queueModel()->index(pane.queueModel()->cachedRowOf(summer), 0));
        QVERIFY(waitDetail(pane, summer));

        QCOMPARE(detail->title(), QStringLiteral("300 coins × 3"));
        QCOMPARE(detail->fieldValue(QStringLiteral("Requester")), QStringLiteral("Ada Admin"));
        QCOMPARE(detail->fieldValue(QStringLiteral("Organisation")), QStringLiteral("Alpha Club"));
        QCOMPARE(detail->fieldValue(QStringLiteral("Total")), QStringLiteral("900 coins"));
        QCOMPARE(detail->fieldValue(QStringLiteral("Status")), QStringLiteral("Pending"));
        QCOMPARE(detail->messageText(),
                 QStringLiteral("Summer camp leaders\nThanks for the hard work"));
        QVERIFY(detail->approveButton()->isVisible());
        QVERIFY(detail->approveButton()->isEnabled());
        QVERIFY(detail->rejectButton()->isVisible());
        QCOMPARE(detail->noteText(), QString());

        // The recipients with their balances and recent awards.
        RequestRecipientsModel *recipients = detail->recipientsModel();
        QCOMPARE(recipients->rowCount(), 3);
        QVERIFY(detail->recipientsView()->isVisible());
        QCOMPARE(recipients->index(0, RequestRecipientsModel::NameColumn).data().toString(),
                 QStringLiteral("Max Member"));
        QCOMPARE(recipients->index(0, RequestRecipientsModel::BalanceColumn).data().toString(),
                 QStringLiteral("100"));
        QCOMPARE(recipients->index(1, RequestRecipientsModel::BalanceColumn).data().toString(),
                 QStringLiteral("40"));
        QVERIFY(recipients->index(0, RequestRecipientsModel::RecentColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("100 coins")));

        // The requester's other requests, with their status.
        RequesterHistoryModel *history = detail->historyModel();
        QVERIFY(history->rowCount() >= 2);
        QVERIFY(detail->historyView()->isVisible());
        bool sawPlanner = false;
        for (int row = 0; row < history->rowCount(); ++row) {
            if (history->index(row, 0).data(RequesterHistoryModel::IdRole).toUuid() == planner) {
                sawPlanner = true;
                QCOMPARE(history->index(row, RequesterHistoryModel::StatusColumn).data().toString(),
                         QStringLiteral("Pending"));
            }
        }
        QVERIFY(sawPlanner);
    }

    void approveWithReasonPays()
    {
        const QUuid request = fileRequest(QStringLiteral("t-approve-0001"), 250);
        QVERIFY(!request.isNull());
        auto anna = console(ApprovalFixture::annaLogin);
        QVERIFY(anna);
        ApprovalQueuePane &pane = *anna->pane;
        QVERIFY(open(pane));
        QSignalSpy pendingChanged(&pane, &ApprovalQueuePane::pendingCountChanged);
        pane.showRequest(request);
        QVERIFY(waitDetail(pane, request));
        const int row = currentRow(pane);
        QVERIFY(row >= 0);
        QCOMPARE(idAt(pane, row), request);
        const long long maxBefore = balance(ApprovalFixture::max);
        const long long miaBefore = balance(ApprovalFixture::mia);

        pane.detailView()->approveButton()->click();
        ReasonDialog *dialog = waitDialog(pane);
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Approve request"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(confirm(pane, dialog, QStringLiteral("Budget approved for the camp")));

        QCOMPARE(pane.messageText(), QStringLiteral("Approved: 500 coins paid to 2 recipient(s)."));
        QCOMPARE(status(request), QStringLiteral("approved"));
        QCOMPARE(ApprovalFixture::text(
                     "SELECT decision_reason FROM gamification_admin_award_requests WHERE id = " +
                     quoted(request)),
                 QStringLiteral("Budget approved for the camp"));
        QCOMPARE(ApprovalFixture::text(
                     "SELECT decided_by_user_id::text FROM gamification_admin_award_requests "
                     "WHERE id = " +
                     quoted(request)),
                 QLatin1String(ApprovalFixture::anna));
        QCOMPARE(balance(ApprovalFixture::max), maxBefore + 250);
        QCOMPARE(balance(ApprovalFixture::mia), miaBefore + 250);
        QCOMPARE(ApprovalFixture::count(
                     "SELECT count(*) FROM coin_transactions WHERE idempotency_key LIKE "
                     "'award-request:" +
                     request.toString(QUuid::WithoutBraces).toStdString() + "%'"),
                 2);
        QCOMPARE(ApprovalFixture::text(
                     "SELECT payload->>'reason' FROM tenant_audit_logs WHERE event_type = "
                     "'gamification.admin_award_request.approved' AND payload->>'request_id' = " +
                     quoted(request)),
                 QStringLiteral("Budget approved for the camp"));
        QVERIFY(pendingChanged.count() >= 1);

        // The list is reloaded without it, and the next request takes its place.
        QVERIFY(waitSettled(pane));
        QTRY_COMPARE_WITH_TIMEOUT(pane.queueModel()->cachedRowOf(request), -1, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(pane.shownRequestId() != request, kTimeoutMs);
    }

    void rejectWithReason()
    {
        const QUuid request = fileRequest(QStringLiteral("t-reject-0001"));
        auto anna = console(ApprovalFixture::annaLogin);
        QVERIFY(anna);
        ApprovalQueuePane &pane = *anna->pane;
        QVERIFY(open(pane));
        pane.showRequest(request);
        QVERIFY(waitDetail(pane, request));
        const long long maxBefore = balance(ApprovalFixture::max);

        pane.detailView()->rejectButton()->click();
        ReasonDialog *dialog = waitDialog(pane);
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Reject request"));
        QVERIFY(confirm(pane, dialog, QStringLiteral("Not in this year's budget")));
        QCOMPARE(pane.messageText(), QStringLiteral("Rejected: nothing was paid."));
        QCOMPARE(status(request), QStringLiteral("rejected"));
        QCOMPARE(ApprovalFixture::text(
                     "SELECT decision_reason FROM gamification_admin_award_requests WHERE id = " +
                     quoted(request)),
                 QStringLiteral("Not in this year's budget"));
        QCOMPARE(balance(ApprovalFixture::max), maxBefore);
        QCOMPARE(ApprovalFixture::count(
                     "SELECT count(*) FROM coin_transactions WHERE idempotency_key LIKE "
                     "'award-request:" +
                     request.toString(QUuid::WithoutBraces).toStdString() + "%'"),
                 0);
    }

    void reasonIsRequired()
    {
        const QUuid request = fileRequest(QStringLiteral("t-reason-0001"));
        auto anna = console(ApprovalFixture::annaLogin);
        QVERIFY(anna);
        ApprovalQueuePane &pane = *anna->pane;
        QVERIFY(open(pane));
        pane.showRequest(request);
        QVERIFY(waitDetail(pane, request));

        pane.approveShown();
        ReasonDialog *dialog = waitDialog(pane);
        QVERIFY(dialog);
        QPushButton *ok = okButton(dialog);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("   "));
        QVERIFY(!dialog->canConfirm());
        QVERIFY(!ok->isEnabled());
        ok->click(); // disabled: nothing happens
        QVERIFY(dialog->isVisible());
        QCOMPARE(status(request), QStringLiteral("pending"));

        // A reason typed and then cancelled is offered again.
        dialog->reasonEdit()->clear();
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Half written"));
        QVERIFY(ok->isEnabled());
        dialog->reject();
        QTRY_VERIFY(!pane.reasonDialog());
        QCOMPARE(status(request), QStringLiteral("pending"));
        pane.approveShown();
        dialog = waitDialog(pane);
        QVERIFY(dialog);
        QCOMPARE(dialog->reason(), QStringLiteral("Half written"));
        dialog->reject();
        QTRY_VERIFY(!pane.reasonDialog());
        QCOMPARE(status(request), QStringLiteral("pending"));
    }

    void twoConsolesDecideTheSameRequest()
    {
        const QUuid request = fileRequest(QStringLiteral("t-race-0001"));
        auto anna = console(ApprovalFixture::annaLogin);
        auto sam = console(ApprovalFixture::samLogin);
        QVERIFY(anna && sam);
        QVERIFY(open(*anna->pane));
        QVERIFY(open(*sam->pane));
        anna->pane->showRequest(request);
        sam->pane->showRequest(request);
        QVERIFY(waitDetail(*anna->pane, request));
        QVERIFY(waitDetail(*sam->pane, request));

        // Sam starts rejecting; Anna approves first.
        sam->pane->rejectShown();
        ReasonDialog *samDialog = waitDialog(*sam->pane);
        QVERIFY(samDialog);
        anna->pane->approveShown();
        ReasonDialog *annaDialog = waitDialog(*anna->pane);
        QVERIFY(annaDialog);
        QVERIFY(confirm(*anna->pane, annaDialog, QStringLiteral("Looks right")));
        QVERIFY2(anna->pane->messageText().startsWith(QStringLiteral("Approved")),
                 qPrintable(anna->pane->messageText()));

        QVERIFY(confirm(*sam->pane, samDialog, QStringLiteral("Too generous")));
        const QDateTime decidedAt = QDateTime::fromSecsSinceEpoch(
            ApprovalFixture::count("SELECT floor(extract(epoch FROM decided_at))::bigint FROM "
                                   "gamification_admin_award_requests WHERE id = " +
                                   quoted(request)),
            Qt::UTC);
        QCOMPARE(sam->pane->messageText(),
                 QStringLiteral("Already approved by Anna Berg at %1 — the list is refreshed.")
                     .arg(RequestFormat::shortTime(decidedAt)));

        // One decision, one payment; Sam's console shows the request as it is now.
        QCOMPARE(status(request), QStringLiteral("approved"));
        QCOMPARE(ApprovalFixture::text(
                     "SELECT decided_by_user_id::text FROM gamification_admin_award_requests "
                     "WHERE id = " +
                     quoted(request)),
                 QLatin1String(ApprovalFixture::anna));
        QCOMPARE(ApprovalFixture::count(
                     "SELECT count(*) FROM coin_transactions WHERE idempotency_key LIKE "
                     "'award-request:" +
                     request.toString(QUuid::WithoutBraces).toStdString() + "%'"),
                 2);
        QVERIFY(waitSettled(*sam->pane));
        QTRY_COMPARE_WITH_TIMEOUT(sam->pane->queueModel()->cachedRowOf(request), -1, kTimeoutMs);
        QVERIFY(waitDetail(*sam->pane, request));
        QCOMPARE(sam->pane->detailView()->fieldValue(QStringLiteral("Status")),
                 QStringLiteral("Approved"));
        QVERIFY(sam->pane->detailView()
                    ->fieldValue(QStringLiteral("Decision"))
                    .startsWith(QStringLiteral("by Anna Berg at ")));
        QVERIFY(!sam->pane->detailView()->approveButton()->isVisible());
        QVERIFY(!sam->pane->approveAction()->isEnabled());
    }

    void selfApprovalIsRefused()
    {
        const QUuid own = ApprovalFixture::request(
            QLatin1String(ApprovalFixture::annaLogin), ApprovalFixture::tenantA,
            {ApprovalFixture::id(ApprovalFixture::max)}, 900, QStringLiteral("My own idea"),
            QStringLiteral("t-self-0001"));
        QVERIFY(!own.isNull());
        auto anna = console(ApprovalFixture::annaLogin);
        QVERIFY(anna);
        ApprovalQueuePane &pane = *anna->pane;
        QVERIFY(open(pane));
        pane.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        pane.showRequest(own);
        QVERIFY(waitDetail(pane, own));
        QCOMPARE(pane.detailView()->noteText(),
                 QStringLiteral("Your own request: another system admin decides it."));
        QVERIFY(!pane.detailView()->approveButton()->isVisible());
        QVERIFY(!pane.detailView()->rejectButton()->isVisible());
        QVERIFY(!pane.approveAction()->isEnabled());
        QVERIFY(!pane.rejectAction()->isEnabled());
        // The keys do nothing for it.
        pane.tableView()->setFocus();
        QTest::keyClick(pane.tableView(), Qt::Key_A);
        QTest::keyClick(pane.tableView(), Qt::Key_R);
        pane.approveShown();
        QVERIFY(!pane.reasonDialog());
        QCOMPARE(pane.shownRequestId(), own);
        QCOMPARE(idAt(pane, currentRow(pane)), own);

        // The database refuses it anyway.
        DecisionDraft draft;
        draft.requestId = own;
        draft.approve = true;
        draft.reason = QStringLiteral("Trust me");
        auto refused = await(anna->backend->decideRequest(draft));
        QVERIFY(refused);
        QVERIFY(!refused->ok());
        QCOMPARE(refused->error().kind(), BackendError::Kind::Permission);
        QCOMPARE(status(own), QStringLiteral("pending"));

        // Another system admin may decide it.
        auto sam = console(ApprovalFixture::samLogin);
        QVERIFY(sam);
        QVERIFY(open(*sam->pane));
        sam->pane->showRequest(own);
        QVERIFY(waitDetail(*sam->pane, own));
        QVERIFY(sam->pane->detailView()->approveButton()->isVisible());
        QVERIFY(sam->pane->approveAction()->isEnabled());

        // A console that does not know it is Anna offers the buttons; the database's refusal
        // is shown, translated, and nothing changes.
        auto forged = console(ApprovalFixture::annaLogin, QUuid::createUuid());
        QVERIFY(forged);
        QVERIFY(open(*forged->pane));
        forged->pane->showRequest(own);
        QVERIFY(waitDetail(*forged->pane, own));
        forged->pane->approveShown();
        ReasonDialog *dialog = waitDialog(*forged->pane);
        QVERIFY(dialog);
        QVERIFY(confirm(*forged->pane, dialog, QStringLiteral("Trust me")));
        QCOMPARE(forged->pane->messageText(),
                 BackendError(BackendError::Kind::Permission, QString()).userMessage());
        QCOMPARE(status(own), QStringLiteral("pending"));
        // What was typed is kept for another attempt.
        forged->pane->approveShown();
        dialog = waitDialog(*forged->pane);
        QVERIFY(dialog);
        QCOMPARE(dialog->reason(), QStringLiteral("Trust me"));
        dialog->reject();
    }

    void otherConsolesChangesArriveWithoutReload()
    {
        auto anna = console(ApprovalFixture::annaLogin);
        QVERIFY(anna);
        ApprovalQueuePane &pane = *anna->pane;
        QVERIFY(open(pane));
        QVERIFY(pane.queueModel()->loadedCount() > 0);
        const QUuid selected = idAt(pane, 0);
        QCOMPARE(pane.shownRequestId(), selected);
        QVERIFY(waitDetail(pane, selected));
        QSignalSpy pendingChanged(&pane, &ApprovalQueuePane::pendingCountChanged);

        // A tenant admin files a request in another connection.
        const QUuid created = fileRequest(QStringLiteral("t-live-0001"));
        QTRY_VERIFY_WITH_TIMEOUT(pane.queueModel()->cachedRowOf(created) >= 0, kTimeoutMs);
        QVERIFY(pendingChanged.count() >= 1);
        QVERIFY(waitSettled(pane));
        // The selection stayed where it was.
        QCOMPARE(pane.shownRequestId(), selected);
        QCOMPARE(idAt(pane, currentRow(pane)), selected);

        // Another system admin decides it in their console: it leaves the queue.
        decideElsewhere(created);
        QTRY_COMPARE_WITH_TIMEOUT(pane.queueModel()->cachedRowOf(created), -1, kTimeoutMs);
        QCOMPARE(pane.shownRequestId(), selected);
    }

    void expiredRequestsShowAsExpired()
    {
        // Past its expiry, nobody has marked it yet; opening the queue does.
        const QUuid overdue = insertOverdue(QStringLiteral("t-overdue-0001"));
        auto anna = console(ApprovalFixture::annaLogin);
        QVERIFY(anna);
        ApprovalQueuePane &pane = *anna->pane;
        QVERIFY(open(pane));
        QTRY_COMPARE_WITH_TIMEOUT(status(overdue), QStringLiteral("expired"), kTimeoutMs);

        pane.setStatusFilter(ApprovalQueuePane::StatusFilter::Decided);
        QVERIFY(waitSettled(pane));
        QTRY_VERIFY_WITH_TIMEOUT(pane.queueModel()->cachedRowOf(overdue) >= 0, kTimeoutMs);
        const int row = pane.queueModel()->cachedRowOf(overdue);
        QCOMPARE(pane.queueModel()->index(row, RequestQueueModel::StatusColumn).data().toString(),
                 QStringLiteral("Expired"));
        QCOMPARE(pane.queueModel()->index(row, RequestQueueModel::AgeColumn).data().toString(),
                 QStringLiteral("expired"));
        pane.showRequest(overdue);
        QVERIFY(waitDetail(pane, overdue));
        QCOMPARE(pane.detailView()->noteText(), QStringLiteral("This request is closed: expired."));
        QVERIFY(!pane.approveAction()->isEnabled());

        // One that expires while the queue is open shows as expired in the pending list and
        // cannot be decided.
        pane.setStatusFilter(ApprovalQueuePane::StatusFilter::Pending);
        const QUuid late = insertOverdue(QStringLiteral("t-overdue-0002"));
        pane.refresh();
        QVERIFY(waitSettled(pane));
        QTRY_VERIFY_WITH_TIMEOUT(pane.queueModel()->cachedRowOf(late) >= 0, kTimeoutMs);
        const int lateRow = pane.queueModel()->cachedRowOf(late);
        QCOMPARE(pane.queueModel()->index(lateRow, RequestQueueModel::AgeColumn).data().toString(),
                 QStringLiteral("expired"));
        pane.showRequest(late);
        QVERIFY(waitDetail(pane, late));
        QVERIFY2(
            pane.detailView()->noteText().startsWith(QStringLiteral("This request expired at ")),
            qPrintable(pane.detailView()->noteText()));
        QVERIFY(!pane.detailView()->approveButton()->isVisible());
        QVERIFY(!pane.approveAction()->isEnabled());
        pane.approveShown();
        QVERIFY(!pane.reasonDialog());
    }

    void keysMoveOpenAndDecide()
    {
        // Overdue requests from the tests above are expired now, not by the pane on opening:
        // that expiry's NOTIFY would reload the queue in the middle of the key presses.
        ApprovalFixture::execAs(QLatin1String(ApprovalFixture::samLogin),
                                "SELECT public.expire_award_requests_v1()");
        for (int i = 1; i <= 3; ++i)
            QVERIFY(!fileRequest(QStringLiteral("t-keys-000%1").arg(i)).isNull());
        auto anna = console(ApprovalFixture::annaLogin);
        QVERIFY(anna);
        ApprovalQueuePane &pane = *anna->pane;
        QVERIFY(open(pane));
        QVERIFY(pane.queueModel()->loadedCount() >= 3);
        pane.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        QTableView *list = pane.tableView();
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        QCOMPARE(currentRow(pane), 0);

        QTest::keyClick(list, Qt::Key_J);
        QCOMPARE(currentRow(pane), 1);
        QTest::keyClick(list, Qt::Key_J);
        QCOMPARE(currentRow(pane), 2);
        QTest::keyClick(list, Qt::Key_K);
        QCOMPARE(currentRow(pane), 1);
        QCOMPARE(pane.shownRequestId(), idAt(pane, 1));
        QVERIFY(waitDetail(pane, idAt(pane, 1)));

        // Enter goes into the detail; J still moves the queue from there; Esc comes back.
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(pane.detailView()->recipientsView()->hasFocus());
        QTest::keyClick(pane.detailView()->recipientsView(), Qt::Key_J);
        QCOMPARE(currentRow(pane), 2);
        QTest::keyClick(pane.detailView()->recipientsView(), Qt::Key_Escape);
        QTRY_VERIFY(list->hasFocus());
        QVERIFY(waitDetail(pane, idAt(pane, 2)));

        // A opens the approval, R the rejection; letters typed there are the reason's.
        const int row = currentRow(pane);
        // Taken now: a live update may reload the queue later, and a row whose page is
        // being fetched again has no id for a moment.
        const QUuid shown = idAt(pane, row);
        QVERIFY(!shown.isNull());
        QTest::keyClick(list, Qt::Key_A);
        ReasonDialog *dialog = waitDialog(pane);
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Approve request"));
        QVERIFY(dialog->isVisible());
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("jkar"));
        QCOMPARE(dialog->reason(), QStringLiteral("jkar"));
        QCOMPARE(currentRow(pane), row);
        dialog->reject();
        QTRY_VERIFY(!pane.reasonDialog());
        list->setFocus();
        QTest::keyClick(list, Qt::Key_R);
        dialog = waitDialog(pane);
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Reject request"));
        dialog->reject();
        QTRY_VERIFY(!pane.reasonDialog());

        // Not from the filter bar.
        auto *filter = pane.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        filter->setFocus();
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClick(filter, Qt::Key_J);
        QCOMPARE(currentRow(pane), row);
        QTest::keyClick(filter, Qt::Key_R);
        QVERIFY(!pane.reasonDialog());
        QCOMPARE(status(shown), QStringLiteral("pending"));
    }

    void showRequestOpensOneNotInTheList()
    {
        const QUuid request = fileRequest(QStringLiteral("t-show-0001"));
        decideAs(ApprovalFixture::samLogin, request, "reject", "Duplicate of another request");
        auto anna = console(ApprovalFixture::annaLogin);
        QVERIFY(anna);
        ApprovalQueuePane &pane = *anna->pane;
        QVERIFY(open(pane));
        QCOMPARE(pane.queueModel()->cachedRowOf(request), -1);
        pane.showRequest(request);
        QVERIFY(waitDetail(pane, request));
        QCOMPARE(currentRow(pane), -1);
        QCOMPARE(pane.detailView()->fieldValue(QStringLiteral("Status")),
                 QStringLiteral("Rejected"));
        QVERIFY(pane.detailView()
                    ->fieldValue(QStringLiteral("Decision"))
                    .startsWith(QStringLiteral("by Sam Sysadmin at ")));
        QVERIFY(pane.detailView()
                    ->fieldValue(QStringLiteral("Decision"))
                    .endsWith(QStringLiteral(": Duplicate of another request")));
        QVERIFY(!pane.approveAction()->isEnabled());

        // One in the list is selected.
        const QUuid listed = idAt(pane, 1);
        pane.showRequest(listed);
        QCOMPARE(currentRow(pane), 1);
        QVERIFY(waitDetail(pane, listed));
    }

    // Last: it raises the thresholds the other functions rely on.
    void settingsSaveThresholdAndExpiry()
    {
        auto anna = console(ApprovalFixture::annaLogin);
        QVERIFY(anna);
        ApprovalQueuePane &pane = *anna->pane;
        TenantScope alpha;
        alpha.tenantIds = {ApprovalFixture::id(ApprovalFixture::tenantA)};
        QVERIFY(open(pane, alpha));
        QVERIFY(pane.settingsAction()->isVisible());

        pane.settingsAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(pane.settingsDialog(), kTimeoutMs);
        AwardSettingsDialog *dialog = pane.settingsDialog();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), kTimeoutMs);
        QCOMPARE(dialog->tenantId(), ApprovalFixture::id(ApprovalFixture::tenantA));
        QCOMPARE(dialog->scopeBox()->currentText(), QStringLiteral("Alpha Club only"));
        QCOMPARE(dialog->thresholdBox()->value(), 500);
        QCOMPARE(dialog->expiryBox()->value(), 14);
        dialog->thresholdBox()->setValue(800);
        dialog->expiryBox()->setValue(7);
        dialog->save();
        QTRY_VERIFY_WITH_TIMEOUT(!pane.settingsDialog(), kTimeoutMs);
        QCOMPARE(ApprovalFixture::text("SELECT award_approval_threshold || '/' || "
                                       "award_request_expiry_days FROM gamification_settings "
                                       "WHERE tenant_id = '" +
                                       std::string(ApprovalFixture::tenantA) + "'"),
                 QStringLiteral("800/7"));
        QVERIFY2(pane.messageText().contains(QStringLiteral("Alpha Club")),
                 qPrintable(pane.messageText()));

        // The global default.
        pane.openSettings();
        QTRY_VERIFY_WITH_TIMEOUT(pane.settingsDialog(), kTimeoutMs);
        dialog = pane.settingsDialog();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), kTimeoutMs);
        QCOMPARE(dialog->thresholdBox()->value(), 800);
        dialog->setTenantScope(false);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), kTimeoutMs);
        QVERIFY(dialog->tenantId().isNull());
        QCOMPARE(dialog->thresholdBox()->value(), 500);
        dialog->thresholdBox()->setValue(600);
        dialog->save();
        QTRY_VERIFY_WITH_TIMEOUT(!pane.settingsDialog(), kTimeoutMs);
        QCOMPARE(ApprovalFixture::text("SELECT award_approval_threshold FROM gamification_settings "
                                       "WHERE tenant_id IS NULL"),
                 QStringLiteral("600"));
        QVERIFY2(pane.messageText().contains(QStringLiteral("all organisations")),
                 qPrintable(pane.messageText()));
    }

private:
    static void decideAs(const char *login, const QUuid &request, const char *action,
                         const char *reason);
    static void decideElsewhere(const QUuid &request)
    {
        decideAs(ApprovalFixture::samLogin, request, "reject", "Decided in another console");
    }
    static QUuid insertOverdue(const QString &key);
};

void TestApprovalPane::decideAs(const char *login, const QUuid &request, const char *action,
                                const char *reason)
{
    ApprovalFixture::execAs(QLatin1String(login), "SELECT * FROM admin_decide_award_request_v1(" +
                                                      quoted(request) + ", NULL, '" + action +
                                                      "', '" + reason + "')");
}

QUuid TestApprovalPane::insertOverdue(const QString &key)
{
    return QUuid::fromString(ApprovalFixture::text(
        R"sql(
        WITH r AS (
            INSERT INTO gamification_admin_award_requests
                (tenant_id, requester_user_id, amount, message, idempotency_key, recipient_count,
                 created_at, expires_at)
            VALUES ('d1000000-0000-4000-8000-00000000000a', '20000000-0000-4000-8000-000000000003',
                    900, 'Overdue', ')sql" +
        key.toStdString() + R"sql(', 1, now() - interval '20 days', now() - interval '6 days')
            RETURNING id, tenant_id),
        rr AS (
            INSERT INTO gamification_admin_award_request_recipients (request_id, tenant_id, user_id)
            SELECT id, tenant_id, '20000000-0000-4000-8000-000000000011' FROM r)
        SELECT id::text FROM r
        )sql"));
}

QTEST_MAIN(TestApprovalPane)
#include "tst_approval_pane.moc"
