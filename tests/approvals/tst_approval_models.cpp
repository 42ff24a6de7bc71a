// The approval queue's models against a real PostgreSQL started by `dicedesk-db sandbox
// --migrate` with the requests of ApprovalFixture: the queue's columns and roles (oldest
// pending first, an overdue request shown as expired), the recipients with balances, recent
// awards and membership, the requester's history, and the shared wording of amounts and ages.
// QAbstractItemModelTester watches every model.
#include "ApprovalFixture.h"
#include "backend/pg/PgBackend.h"
#include "requests/RequestFormat.h"
#include "requests/RequestQueueModel.h"
#include "requests/RequestRecipientsModel.h"
#include "requests/RequesterHistoryModel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
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

bool loadAll(KeysetListModel *model)
{
    const bool done = QTest::qWaitFor(
        [&] {
            if (model->tailError().isError())
                return true; // failed: the caller's checks say what is missing
            if (model->canFetchMore({}))
                model->fetchMore({});
            return model->isAtEnd() && !model->isLoading();
        },
        kTimeoutMs);
    return done && !model->tailError().isError();
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestApprovalModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<pg::PgBackend> m_backend;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        try {
            ApprovalFixture::install();
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
        m_backend = std::make_unique<pg::PgBackend>(
            ApprovalFixture::dsnFor(QLatin1String(ApprovalFixture::annaLogin)));
    }

    void cleanupTestCase() { m_backend.reset(); }

    void wording()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(RequestFormat::ageText(now.addSecs(-30), false, now), QStringLiteral("now"));
        QCOMPARE(RequestFormat::ageText(now.addSecs(-5 * 60 - 10), false, now),
                 QStringLiteral("5 min"));
        QCOMPARE(RequestFormat::ageText(now.addSecs(-3 * 3600 - 100), false, now),
                 QStringLiteral("3 h"));
        QCOMPARE(RequestFormat::ageText(now.addDays(-2).addSecs(-60), false, now),
                 QStringLiteral("2 d"));
        QCOMPARE(RequestFormat::ageText(now.addDays(-2), true, now), QStringLiteral("expired"));

        AwardRequestSummary request;
        request.awardType = QStringLiteral("coins");
        request.amount = 500;
        request.recipientCount = 12;
        request.total = 6000;
        QCOMPARE(RequestFormat::amountTimesRecipients(request), QStringLiteral("500 coins × 12"));
        QCOMPARE(RequestFormat::totalText(request), QStringLiteral("6,000 coins"));
        request.awardType = QStringLiteral("xp");
        QCOMPARE(RequestFormat::amountTimesRecipients(request), QStringLiteral("500 XP × 12"));
        request.awardType = QStringLiteral("achievement");
        request.achievementName = QStringLiteral("Camp hero");
        QCOMPARE(RequestFormat::amountTimesRecipients(request), QStringLiteral("Camp hero × 12"));
        QCOMPARE(RequestFormat::totalText(request), QStringLiteral("12 unlock(s)"));

        QCOMPARE(RequestFormat::oneLine(QStringLiteral(" Line one\r\n\n line two ")),
                 QStringLiteral("Line one line two"));
        QCOMPARE(RequestFormat::oneLine(QString(300, QLatin1Char('x'))).size(), 200);
        QCOMPARE(RequestFormat::statusText(QStringLiteral("pending"), false),
                 QStringLiteral("Pending"));
        QCOMPARE(RequestFormat::statusText(QStringLiteral("pending"), true),
                 QStringLiteral("Expired"));
        QCOMPARE(RequestFormat::statusText(QStringLiteral("rejected"), false),
                 QStringLiteral("Rejected"));

        request.status = QStringLiteral("pending");
        request.expired = false;
        QVERIFY(RequestFormat::isDecidable(request));
        request.expired = true;
        QVERIFY(!RequestFormat::isDecidable(request));
        request.expired = false;
        request.status = QStringLiteral("approved");
        QVERIFY(!RequestFormat::isDecidable(request));
    }

    void queueListsPendingOldestFirst()
    {
        RequestQueueModel model(m_backend.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        RequestFilter filter;
        filter.scope = bothTenants();
        model.setFilter(filter);
        model.fetchMore({});
        QVERIFY(loadAll(&model));
        QCOMPARE(model.loadedCount(), 3);
        QCOMPARE(model.columnCount(), int(RequestQueueModel::ColumnCount));
        QCOMPARE(model.headerData(RequestQueueModel::AmountColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Amount × recipients"));

        // The oldest first: the summer camp request.
        const QUuid summer =
            ApprovalFixture::requestByKey(QLatin1String(ApprovalFixture::summerKey));
        QCOMPARE(model.index(0, 0).data(KeysetListModel::IdRole).toUuid(), summer);
        QCOMPARE(cell(model, 0, RequestQueueModel::RequesterColumn), QStringLiteral("Ada Admin"));
        QCOMPARE(cell(model, 0, RequestQueueModel::TenantColumn), QStringLiteral("Alpha Club"));
        QCOMPARE(cell(model, 0, RequestQueueModel::AmountColumn), QStringLiteral("300 coins × 3"));
        QCOMPARE(cell(model, 0, RequestQueueModel::TotalColumn), QStringLiteral("900 coins"));
        QCOMPARE(cell(model, 0, RequestQueueModel::MessageColumn),
                 QStringLiteral("Summer camp leaders Thanks for the hard work"));
        static const QRegularExpression freshAge(QStringLiteral("^(now|\\d+ min)$"));
        QVERIFY2(freshAge.match(cell(model, 0, RequestQueueModel::AgeColumn)).hasMatch(),
                 qPrintable(cell(model, 0, RequestQueueModel::AgeColumn)));
        QCOMPARE(cell(model, 0, RequestQueueModel::StatusColumn), QStringLiteral("Pending"));
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data(RequestQueueModel::StatusRole).toString(), QStringLiteral("pending"));
        QCOMPARE(first.data(RequestQueueModel::ExpiredRole).toBool(), false);
        QCOMPARE(first.data(RequestQueueModel::DecidableRole).toBool(), true);
        QCOMPARE(first.data(RequestQueueModel::RequesterIdRole).toUuid(),
                 ApprovalFixture::id(ApprovalFixture::ada));
        QCOMPARE(first.data(KeysetListModel::UserIdRole).toUuid(),
                 ApprovalFixture::id(ApprovalFixture::ada));
        QCOMPARE(first.data(RequestQueueModel::TotalRole).toLongLong(), 900);
        QCOMPARE(first.data(RequestQueueModel::RecipientCountRole).toInt(), 3);
        QCOMPARE(first.data(RequestQueueModel::MessageRole).toString(),
                 QStringLiteral("Summer camp leaders\nThanks for the hard work"));
        QVERIFY(first.data(RequestQueueModel::ExpiresAtRole).toDateTime() >
                QDateTime::currentDateTimeUtc().addDays(13));

        QCOMPARE(cell(model, 1, RequestQueueModel::AmountColumn), QStringLiteral("600 coins × 1"));
        QCOMPARE(cell(model, 2, RequestQueueModel::TenantColumn), QStringLiteral("Beta League"));
        QCOMPARE(model.cachedRowOf(summer), 0);
        const std::optional<AwardRequestSummary> request = model.request(2);
        QVERIFY(request);
        QCOMPARE(request->total, 700);

        // One tenant only.
        filter.scope.tenantIds = {ApprovalFixture::id(ApprovalFixture::tenantB)};
        filter.scope.allTenants = false;
        model.setFilter(filter);
        model.fetchMore({});
        QVERIFY(loadAll(&model));
        QCOMPARE(model.loadedCount(), 1);
        QCOMPARE(cell(model, 0, RequestQueueModel::TenantColumn), QStringLiteral("Beta League"));
    }

    void recipientsWithBalancesAndHistory()
    {
        const QUuid summer =
            ApprovalFixture::requestByKey(QLatin1String(ApprovalFixture::summerKey));
        auto detail = await(m_backend->requestDetail(summer));
        QVERIFY(detail);
        QVERIFY2(detail->ok(), qPrintable(detail->error().detail()));

        RequestRecipientsModel recipients;
        QAbstractItemModelTester tester(&recipients,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        recipients.setRecipients(detail->value().recipients);
        QCOMPARE(recipients.rowCount(), 3);
        QCOMPARE(cell(recipients, 0, RequestRecipientsModel::NameColumn),
                 QStringLiteral("Max Member"));
        QCOMPARE(cell(recipients, 0, RequestRecipientsModel::EmailColumn),
                 QStringLiteral("max@appr.test"));
        QCOMPARE(cell(recipients, 0, RequestRecipientsModel::BalanceColumn), QStringLiteral("100"));
        QCOMPARE(recipients.index(0, 0).data(RequestRecipientsModel::CoinBalanceRole).toLongLong(),
                 100);
        QVERIFY2(cell(recipients, 0, RequestRecipientsModel::RecentColumn)
                     .startsWith(QStringLiteral("100 coins (")),
                 qPrintable(cell(recipients, 0, RequestRecipientsModel::RecentColumn)));
        QVERIFY(recipients.index(0, RequestRecipientsModel::RecentColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("by Anna Berg")));
        QCOMPARE(cell(recipients, 1, RequestRecipientsModel::NameColumn),
                 QStringLiteral("Mia Member"));
        QCOMPARE(cell(recipients, 1, RequestRecipientsModel::BalanceColumn), QStringLiteral("40"));
        QCOMPARE(cell(recipients, 2, RequestRecipientsModel::BalanceColumn), QStringLiteral("0"));
        QCOMPARE(cell(recipients, 2, RequestRecipientsModel::RecentColumn), QStringLiteral("none"));
        QCOMPARE(recipients.index(2, 0).data(RequestRecipientsModel::StillMemberRole).toBool(),
                 true);
        QCOMPARE(cell(recipients, 2, RequestRecipientsModel::MembershipColumn), QString());
        QCOMPARE(recipients.formerMemberCount(), 0);

        // The requester's other requests, with their status.
        RequesterHistoryModel history;
        QAbstractItemModelTester historyTester(
            &history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        history.setRequests(detail->value().requesterRecent);
        QVERIFY(history.rowCount() >= 2);
        bool sawPlanner = false;
        for (int row = 0; row < history.rowCount(); ++row) {
            QVERIFY(history.index(row, 0).data(RequesterHistoryModel::IdRole).toUuid() != summer);
            if (cell(history, row, RequesterHistoryModel::AmountColumn) ==
                QStringLiteral("600 coins × 1")) {
                sawPlanner = true;
                QCOMPARE(cell(history, row, RequesterHistoryModel::StatusColumn),
                         QStringLiteral("Pending"));
                QCOMPARE(cell(history, row, RequesterHistoryModel::DecisionColumn), QString());
            }
        }
        QVERIFY(sawPlanner);

        // Moa leaves the organisation: the decider sees it.
        ApprovalFixture::exec("UPDATE user_tenant_memberships SET status = 'suspended' "
                              "WHERE user_id = '" +
                              std::string(ApprovalFixture::moa) + "'");
        detail = await(m_backend->requestDetail(summer));
        QVERIFY(detail && detail->ok());
        recipients.setRecipients(detail->value().recipients);
        QCOMPARE(recipients.formerMemberCount(), 1);
        QCOMPARE(recipients.index(2, 0).data(RequestRecipientsModel::StillMemberRole).toBool(),
                 false);
        QCOMPARE(cell(recipients, 2, RequestRecipientsModel::MembershipColumn),
                 QStringLiteral("no longer a member"));
        ApprovalFixture::exec("UPDATE user_tenant_memberships SET status = 'active' "
                              "WHERE user_id = '" +
                              std::string(ApprovalFixture::moa) + "'");

        // A decided request in the history says who decided, when and why.
        AwardRequestSummary decided;
        decided.status = QStringLiteral("rejected");
        decided.decidedByName = QStringLiteral("Sam Sysadmin");
        decided.decidedAt = QDateTime::currentDateTimeUtc();
        decided.decisionReason = QStringLiteral("Over budget");
        history.setRequests({decided});
        QVERIFY(cell(history, 0, RequesterHistoryModel::DecisionColumn)
                    .startsWith(QStringLiteral("by Sam Sysadmin at ")));
        QVERIFY(cell(history, 0, RequesterHistoryModel::DecisionColumn)
                    .endsWith(QStringLiteral(": Over budget")));
        QCOMPARE(cell(history, 0, RequesterHistoryModel::StatusColumn), QStringLiteral("Rejected"));
        recipients.clear();
        QCOMPARE(recipients.rowCount(), 0);
    }

    // Last: it adds requests the other functions do not expect.
    void overdueRequestsShowAsExpired()
    {
        // Filed directly (as the platform's own history would hold them): one three hours old,
        // one past its expiry that nobody has marked expired yet.
        ApprovalFixture::exec(R"sql(
            WITH r AS (
                INSERT INTO gamification_admin_award_requests
                    (tenant_id, requester_user_id, amount, message, idempotency_key, recipient_count,
                     created_at, expires_at)
                VALUES ('d1000000-0000-4000-8000-00000000000a', '20000000-0000-4000-8000-000000000003',
                        900, 'Overdue', 'fixture-overdue', 1, now() - interval '20 days',
                        now() - interval '6 days'),
                       ('d1000000-0000-4000-8000-00000000000a', '20000000-0000-4000-8000-000000000003',
                        800, 'Three hours old', 'fixture-three-hours', 1, now() - interval '3 hours 5 minutes',
                        now() + interval '10 days')
                RETURNING id, tenant_id)
            INSERT INTO gamification_admin_award_request_recipients (request_id, tenant_id, user_id)
            SELECT id, tenant_id, '20000000-0000-4000-8000-000000000011' FROM r;
        )sql");
        RequestQueueModel model(m_backend.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        RequestFilter filter;
        filter.scope = bothTenants();
        model.setFilter(filter);
        model.fetchMore({});
        QVERIFY(loadAll(&model));
        QCOMPARE(model.loadedCount(), 5);
        // Oldest first: the overdue one, then the one three hours old.
        QCOMPARE(cell(model, 0, RequestQueueModel::MessageColumn), QStringLiteral("Overdue"));
        QCOMPARE(cell(model, 0, RequestQueueModel::AgeColumn), QStringLiteral("expired"));
        QCOMPARE(cell(model, 0, RequestQueueModel::StatusColumn), QStringLiteral("Expired"));
        QCOMPARE(model.index(0, 0).data(RequestQueueModel::ExpiredRole).toBool(), true);
        QCOMPARE(model.index(0, 0).data(RequestQueueModel::DecidableRole).toBool(), false);
        QCOMPARE(model.index(0, 0).data(RequestQueueModel::StatusRole).toString(),
                 QStringLiteral("pending"));
        QCOMPARE(cell(model, 1, RequestQueueModel::MessageColumn),
                 QStringLiteral("Three hours old"));
        QCOMPARE(cell(model, 1, RequestQueueModel::AgeColumn), QStringLiteral("3 h"));
        QCOMPARE(model.index(1, 0).data(RequestQueueModel::DecidableRole).toBool(), true);

        // Expiring them moves the overdue one out of the pending list.
        auto expired = await(m_backend->expireRequests());
        QVERIFY(expired && expired->ok());
        QCOMPARE(expired->value(), 1);
        model.setFilter(filter);
        model.fetchMore({});
        QVERIFY(loadAll(&model));
        QCOMPARE(model.loadedCount(), 4);
        filter.statuses = {QStringLiteral("expired")};
        model.setFilter(filter);
        model.fetchMore({});
        QVERIFY(loadAll(&model));
        QCOMPARE(model.loadedCount(), 1);
        QCOMPARE(cell(model, 0, RequestQueueModel::StatusColumn), QStringLiteral("Expired"));
        QCOMPARE(cell(model, 0, RequestQueueModel::AgeColumn), QStringLiteral("expired"));
    }
};

QTEST_GUILESS_MAIN(TestApprovalModels)
#include "tst_approval_models.moc"
