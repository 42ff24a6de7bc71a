// The award history pane (filters, recipients with their balance after, undo by reversal)
// and the audit log pane (filters, detail, CSV export), offscreen, against a real PostgreSQL
// started by `dicedesk-db sandbox --migrate` with the awards of HistoryFixture. Wallets and
// ledger rows are checked in SQL after every reversal.
#include "FlakyBackend.h"
#include "HistoryFixture.h"
#include "audit/AuditLogPane.h"
#include "backend/pg/PgBackend.h"
#include "history/AuditCsv.h"
#include "history/AuditCsvExport.h"
#include "history/AuditLogModel.h"
#include "history/AwardHistoryModel.h"
#include "history/AwardHistoryPane.h"
#include "history/AwardRecipientsModel.h"
#include "history/AwardRecipientsView.h"
#include "history/PeriodFilter.h"
#include "history/ReversalRunner.h"
#include "lists/DetailPanel.h"
#include "widgets/MessageBar.h"
#include "widgets/ReasonDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <pqxx/pqxx>

using namespace dicedesk;
using test::HistoryFixture;

namespace {

constexpr int kTimeoutMs = 20000;

const QString kWholeReason = QStringLiteral("Sent twice, by \"mistake\"\nsee ticket 42, please");
const QString kEntryReason = QStringLiteral("Dan left the team");

TenantScope tenantA()
{
    TenantScope scope;
    scope.tenantIds = {QUuid::fromString(QLatin1String(HistoryFixture::tenantA))};
    return scope;
}

QUuid uuid(const char *text)
{
    return QUuid::fromString(QLatin1String(text));
}

std::unique_ptr<pg::PgBackend> backendFor(const char *login)
{
    return std::make_unique<pg::PgBackend>(HistoryFixture::dsnFor(QLatin1String(login)));
}

template<typename T> Result<T> await(QFuture<Result<T>> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, kTimeoutMs))
        return Result<T>(BackendError(BackendError::Kind::Timeout, QStringLiteral("test wait")));
    return future.result();
}

Identity identify(Backend &backend)
{
    const Result<Identity> identity = await(backend.identify());
    return identity.ok() ? identity.value() : Identity();
}

bool waitSettled(Pane &pane)
{
    if (pane.isSettled())
        return true;
    QSignalSpy settled(&pane, &Pane::settled);
    return settled.wait(kTimeoutMs);
}

/// Loads the rest of the list, as scrolling to its end would.
bool loadAll(KeysetListModel *model)
{
    return QTest::qWaitFor(
        [&] {
            if (model->canFetchMore({}))
                model->fetchMore({});
            return model->isAtEnd() && !model->isLoading();
        },
        kTimeoutMs);
}

void open(KeysetListPane &pane)
{
    pane.resize(1300, 800);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setScope(tenantA());
    QVERIFY(waitSettled(pane));
    QVERIFY2(pane.messageText().isEmpty(), qPrintable(pane.messageText()));
}

QList<QUuid> shownIds(KeysetListModel *model)
{
    QList<QUuid> ids;
    for (int row = 0; row < model->loadedCount(); ++row)
        ids.append(model->index(row, 0).data(KeysetListModel::IdRole).toUuid());
    return ids;
}

/// Selects an award in the history and waits for its recipients.
bool selectAward(AwardHistoryPane &pane, const QUuid &id)
{
    if (!loadAll(pane.historyModel()))
        return false;
    const int row = pane.historyModel()->cachedRowOf(id);
    if (row < 0)
        return false;
    pane.tableView()->setCurrentIndex(pane.historyModel()->index(row, 0));
    return QTest::qWaitFor([&] { return pane.recipientsAwardId() == id; }, kTimeoutMs);
}

bool selectRecipient(AwardHistoryPane &pane, const char *userId)
{
    const int row = pane.recipientsModel()->rowOf(uuid(userId));
    if (row < 0)
        return false;
    pane.recipientsView()->table()->setCurrentIndex(pane.recipientsModel()->index(row, 0));
    return true;
}

QString historyCell(AwardHistoryPane &pane, const QUuid &id, int column)
{
    const int row = pane.historyModel()->cachedRowOf(id);
    return row < 0 ? QStringLiteral("<not shown>")
                   : pane.historyModel()->index(row, column).data().toString();
}

/// Fills the open reason dialog and presses its confirm button.
bool confirmReason(AwardHistoryPane &pane, const QString &reason)
{
    if (!QTest::qWaitFor([&] { return pane.reasonDialog() != nullptr; }, kTimeoutMs))
        return false;
    ReasonDialog *dialog = pane.reasonDialog();
    dialog->setReason(reason);
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    if (!ok->isEnabled())
        return false;
    ok->click();
    return true;
}

long long reversalsOfAward(const QUuid &award)
{
    return HistoryFixture::count(
        "SELECT count(*) FROM coin_transactions c JOIN gamification_admin_award_recipients r "
        "ON c.reversal_of = r.coin_transaction_id WHERE r.award_id = '" +
        award.toString(QUuid::WithoutBraces).toStdString() + "'");
}

std::string coinEntryOf(const QUuid &award, const char *userId)
{
    pqxx::connection connection(HistoryFixture::superuserDsn());
    pqxx::nontransaction tx(connection);
    return tx
        .exec_params1("SELECT coin_transaction_id::text FROM gamification_admin_award_recipients "
                      "WHERE award_id = $1::uuid AND user_id = $2::uuid",
                      award.toString(QUuid::WithoutBraces).toStdString(), userId)[0]
        .as<std::string>();
}

QToolButton *retryButton(MessageBar *bar)
{
    const QList<QToolButton *> buttons = bar->findChildren<QToolButton *>();
    for (QToolButton *button : buttons) {
        if (button->text() == QLatin1String("&Retry"))
            return button;
    }
    return nullptr;
}

/// RFC 4180: fields separated by commas, records by CRLF, quoted fields with doubled quotes.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

} // namespace

class TestHistoryGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    QUuid m_award[9];

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("DiceDeskTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        try {
            HistoryFixture::install();
            for (int i = 1; i <= 8; ++i)
                m_award[i] = HistoryFixture::awardId("hist-award-" + std::to_string(i));
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
    }

    void init() { QSettings().clear(); }

    // --- models -------------------------------------------------------------------------

    void historyModelListsAwardsNewestFirst()
    {
        auto backend = backendFor("hist_ada");
        AwardHistoryModel model(backend.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSizes(2, 3); // several pages under the tester
        AwardFilter filter;
        filter.scope = tenantA();
        model.setFilter(filter);
        model.fetchMore({});
        QVERIFY(loadAll(&model));
        // Tenant A's seven awards; B's is out of scope. Award 5 is 40 days old: last.
        QCOMPARE(model.loadedCount(), 7);
        QCOMPARE(model.pageCount(), 3);
        const QList<QUuid> ids = shownIds(&model);
        QCOMPARE(ids.last(), m_award[5]);
        QVERIFY(!ids.contains(m_award[8]));
        QVERIFY(ids.indexOf(m_award[7]) < ids.indexOf(m_award[1]));

        const int row = model.cachedRowOf(m_award[1]);
        const auto cell = [&](int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(cell(AwardHistoryModel::TenantColumn), QLatin1String(HistoryFixture::tenantAName));
        QCOMPARE(cell(AwardHistoryModel::AdminColumn), QStringLiteral("Ada Admin"));
        QCOMPARE(cell(AwardHistoryModel::TypeColumn), QStringLiteral("Coins"));
        QCOMPARE(cell(AwardHistoryModel::AmountColumn), QStringLiteral("100"));
        QCOMPARE(cell(AwardHistoryModel::RecipientsColumn), QStringLiteral("3"));
        QCOMPARE(cell(AwardHistoryModel::TotalColumn), QStringLiteral("300"));
        QCOMPARE(cell(AwardHistoryModel::MessageColumn), QStringLiteral("Great teamwork"));
        QCOMPARE(model.index(row, 0).data(AwardHistoryModel::UserIdRole).toUuid(),
                 uuid(HistoryFixture::ada));
        QCOMPARE(model.index(row, 0).data(AwardHistoryModel::TotalRole).toLongLong(), 300);
        QCOMPARE(model.index(row, 0).data(AwardHistoryModel::IdempotencyKeyRole).toString(),
                 QStringLiteral("hist-award-1"));
        const int xp = model.cachedRowOf(m_award[3]);
        QCOMPARE(model.index(xp, AwardHistoryModel::TypeColumn).data().toString(),
                 QStringLiteral("XP"));
        QCOMPARE(model.index(xp, AwardHistoryModel::AmountColumn).data().toString(),
                 QStringLiteral("200 XP"));

        // A reversal made here shows at once, without loading the list again.
        model.noteReversed(m_award[2], 1);
        QCOMPARE(model.index(model.cachedRowOf(m_award[2]), AwardHistoryModel::ReversedColumn)
                     .data()
                     .toString(),
                 QStringLiteral("1 of 2 reversed"));
        QCOMPARE(model.index(model.cachedRowOf(m_award[2]), 0)
                     .data(AwardHistoryModel::ReversalStateRole)
                     .toInt(),
                 static_cast<int>(AwardHistoryModel::ReversalState::Partly));
        QCOMPARE(AwardHistoryModel::reversalText(3, 3), QStringLiteral("reversed"));
        QCOMPARE(AwardHistoryModel::reversalText(0, 3), QString());
    }

    void recipientsModelShowsBalancesAfterTheAward()
    {
        auto backend = backendFor("hist_ada");
        const Result<Page<AwardSummary>> page = [&] {
            AwardFilter filter;
            filter.scope = tenantA();
            filter.awardId = m_award[2];
            return await(backend->awardPage(filter, {}, 10));
        }();
        QVERIFY2(page.ok(), qPrintable(page.error().detail()));
        QCOMPARE(page.value().rows.size(), 1);
        const Result<QList<AwardRecipient>> recipients =
            await(backend->awardRecipients(m_award[2]));
        QVERIFY2(recipients.ok(), qPrintable(recipients.error().detail()));

        AwardRecipientsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecipients(page.value().rows.first(), recipients.value());
        QCOMPARE(model.rowCount(), 2);
        // By name: Cleo, then Dan; each had 100 from award 1, so 150 right after award 2.
        QCOMPARE(model.index(0, AwardRecipientsModel::NameColumn).data().toString(),
                 QStringLiteral("Cleo Coins"));
        QCOMPARE(model.index(1, AwardRecipientsModel::EmailColumn).data().toString(),
                 QStringLiteral("dan@hist.test"));
        QCOMPARE(model.index(0, AwardRecipientsModel::AmountColumn).data().toString(),
                 QStringLiteral("50"));
        QCOMPARE(model.index(0, AwardRecipientsModel::BalanceAfterColumn).data().toString(),
                 QStringLiteral("150"));
        QCOMPARE(model.index(1, 0).data(AwardRecipientsModel::BalanceAfterRole).toLongLong(), 150);
        QCOMPARE(model.index(0, 0).data(AwardRecipientsModel::CurrentBalanceRole).toLongLong(),
                 HistoryFixture::balance(HistoryFixture::cleo));
        QVERIFY(!model.index(0, 0).data(AwardRecipientsModel::ReversedRole).toBool());
        QVERIFY(
            !model.index(0, 0).data(AwardRecipientsModel::CoinTransactionIdRole).toUuid().isNull());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void auditModelAndCsvFormatting()
    {
        auto backend = backendFor("hist_ada");
        AuditLogModel model(backend.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSizes(3, 4);
        AuditFilter filter;
        filter.scope = tenantA();
        filter.eventPrefix = QStringLiteral("gamification.admin_award.");
        model.setFilter(filter);
        model.fetchMore({});
        QVERIFY(loadAll(&model));
        QCOMPARE(model.loadedCount(),
                 HistoryFixture::count(std::string("SELECT count(*) FROM tenant_audit_logs WHERE "
                                                   "tenant_id = '") +
                                       HistoryFixture::tenantA +
                                       "' AND event_type LIKE 'gamification.admin_award.%'"));
        QVERIFY(model.loadedCount() >= 7);
        for (int row = 0; row < model.loadedCount(); ++row)
            QVERIFY(model.index(row, 0)
                        .data(AuditLogModel::EventTypeRole)
                        .toString()
                        .startsWith(QLatin1String("gamification.admin_award.")));
        const QString summary = model.index(0, AuditLogModel::SummaryColumn).data().toString();
        QVERIFY2(summary.contains(QLatin1String("award_id: ")), qPrintable(summary));
        QCOMPARE(AuditLogModel::eventLabel(QStringLiteral("gamification.admin_award.coins")),
                 QStringLiteral("Coins awarded"));

        // RFC 4180 quoting and formula neutralising, field by field.
        QCOMPARE(AuditCsv::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(AuditCsv::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(AuditCsv::field(QStringLiteral("say \"hi\"")),
                 QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(AuditCsv::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(AuditCsv::field(QStringLiteral("=1+2")), QStringLiteral("'=1+2"));
        QCOMPARE(AuditCsv::field(QStringLiteral("+1")), QStringLiteral("'+1"));
        QCOMPARE(AuditCsv::field(QStringLiteral("-1")), QStringLiteral("'-1"));
        QCOMPARE(AuditCsv::field(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(AuditCsv::field(QStringLiteral("=a,b")), QStringLiteral("\"'=a,b\""));
        QCOMPARE(AuditCsv::line({QStringLiteral("x"), QStringLiteral("y")}), QByteArray("x,y\r\n"));
    }

    // --- history pane -------------------------------------------------------------------

    void historyFiltersByTypeAdminAndPeriod()
    {
        auto backend = backendFor("hist_ada");
        const Identity me = identify(*backend);
        QCOMPARE(me.userId, uuid(HistoryFixture::ada));
        AwardHistoryPane pane(backend.get(), me);
        QCOMPARE(pane.paneId(), QStringLiteral("history"));
        QCOMPARE(pane.title(), QStringLiteral("Award history"));
        QVERIFY(!pane.icon().isNull());
        open(pane);
        AwardHistoryModel *model = pane.historyModel();
        QVERIFY(loadAll(model));
        QCOMPARE(model->loadedCount(), 7);
        QCOMPARE(pane.statusText(), QStringLiteral("Awards: 7 · all shown"));

        pane.setTypeFilter(QStringLiteral("coins"));
        QVERIFY(loadAll(model));
        QCOMPARE(model->loadedCount(), 6);
        QVERIFY(!shownIds(model).contains(m_award[3]));
        pane.setTypeFilter(QStringLiteral("xp"));
        QVERIFY(loadAll(model));
        QCOMPARE(shownIds(model), QList<QUuid>{m_award[3]});
        pane.setTypeFilter(QStringLiteral("achievement"));
        QVERIFY(loadAll(model));
        QCOMPARE(model->loadedCount(), 0);
        pane.setTypeFilter({});
        QVERIFY(loadAll(model));
        QCOMPARE(model->loadedCount(), 7);

        // Only mine: Ada's five, not Ben's or Mallory's.
        pane.setOnlyMine(true);
        QCOMPARE(pane.userFilter(), uuid(HistoryFixture::ada));
        QVERIFY(loadAll(model));
        QCOMPARE(model->loadedCount(), 5);
        for (int row = 0; row < model->loadedCount(); ++row)
            QCOMPARE(model->index(row, 0).data(KeysetListModel::UserIdRole).toUuid(),
                     uuid(HistoryFixture::ada));
        pane.setOnlyMine(false);
        QCOMPARE(pane.userFilter(), QUuid());
        QVERIFY(loadAll(model));
        QCOMPARE(model->loadedCount(), 7);
        // Another admin by the admin filter (Ctrl+U on one of Ben's awards does this too).
        pane.showUser(uuid(HistoryFixture::ben), QStringLiteral("Ben Boss"));
        QVERIFY(loadAll(model));
        QCOMPARE(shownIds(model), QList<QUuid>{m_award[4]});
        QVERIFY(!pane.onlyMine());
        pane.showUser({}, {});
        QVERIFY(loadAll(model));

        // Period: the 40-day-old award drops out of the last 7 days; a custom range finds it.
        pane.periodFilter()->setPreset(PeriodFilter::Preset::Last7Days);
        QVERIFY(loadAll(model));
        QCOMPARE(model->loadedCount(), 6);
        QVERIFY(!shownIds(model).contains(m_award[5]));
        pane.periodFilter()->setPreset(PeriodFilter::Preset::Today);
        QVERIFY(loadAll(model));
        QCOMPARE(model->loadedCount(), 6);
        const QDate today = QDate::currentDate();
        pane.periodFilter()->setRange(today.addDays(-45), today.addDays(-35));
        QVERIFY(pane.periodFilter()->fromEdit()->isVisibleTo(&pane));
        QVERIFY(loadAll(model));
        QCOMPARE(shownIds(model), QList<QUuid>{m_award[5]});
        pane.periodFilter()->setPreset(PeriodFilter::Preset::All);
        QVERIFY(!pane.periodFilter()->fromEdit()->isVisibleTo(&pane));
        QVERIFY(loadAll(model));
        QCOMPARE(model->loadedCount(), 7);
    }

    void selectingAnAwardShowsItsRecipients()
    {
        auto backend = backendFor("hist_ada");
        AwardHistoryPane pane(backend.get(), identify(*backend));
        open(pane);
        QSignalSpy shown(&pane, &AwardHistoryPane::recipientsShown);
        QVERIFY(selectAward(pane, m_award[2]));
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.first().first().toUuid(), m_award[2]);
        QCOMPARE(pane.detailPanel()->fieldValue(QStringLiteral("Message")),
                 QStringLiteral("Helping, \"quoted\", with commas\nand a second line"));
        QCOMPARE(pane.detailPanel()->fieldValue(QStringLiteral("Total")), QStringLiteral("100"));
        QVERIFY(pane.detailPanel()->title().startsWith(QStringLiteral("50 × 2")));
        AwardRecipientsModel *recipients = pane.recipientsModel();
        QCOMPARE(recipients->rowCount(), 2);
        QCOMPARE(recipients->index(0, AwardRecipientsModel::BalanceAfterColumn).data().toString(),
                 QStringLiteral("150"));

        // Award 7: Finn had 30, got 40 (70 after it) and has since spent 60.
        QVERIFY(selectAward(pane, m_award[7]));
        const int finn = recipients->rowOf(uuid(HistoryFixture::finn));
        QVERIFY(finn >= 0);
        QCOMPARE(
            recipients->index(finn, 0).data(AwardRecipientsModel::BalanceAfterRole).toLongLong(),
            70);
        QCOMPARE(
            recipients->index(finn, 0).data(AwardRecipientsModel::CurrentBalanceRole).toLongLong(),
            10);
        QCOMPARE(HistoryFixture::balance(HistoryFixture::finn), 10);
        QVERIFY(pane.recipientsView()->statusText().isEmpty());

        // The XP award: recipients show XP, and it cannot be reversed.
        QVERIFY(selectAward(pane, m_award[3]));
        QCOMPARE(recipients->index(0, AwardRecipientsModel::BalanceAfterColumn).data().toString(),
                 QStringLiteral("200 XP"));
        QVERIFY(!pane.reverseAwardAction()->isEnabled());
        QVERIFY2(pane.reverseAwardAction()->toolTip().contains(QLatin1String("Only coin awards")),
                 qPrintable(pane.reverseAwardAction()->toolTip()));
        QVERIFY(selectRecipient(pane, HistoryFixture::eve));
        QVERIFY(!pane.reverseEntryAction()->isEnabled());
        QVERIFY(pane.reverseEntryAction()->toolTip().contains(QLatin1String("Only coin awards")));
        pane.reverseSelectedAward(); // refused: no dialog
        QVERIFY(!pane.reasonDialog());
    }

    void showAwardNarrowsToOneAndSelectsIt()
    {
        auto backend = backendFor("hist_ada");
        AwardHistoryPane pane(backend.get(), identify(*backend));
        open(pane);
        pane.setTypeFilter(QStringLiteral("xp")); // set aside while one award is shown
        QVERIFY(loadAll(pane.historyModel()));
        pane.showAward(m_award[4]);
        QCOMPARE(pane.awardFilter(), m_award[4]);
        QVERIFY(loadAll(pane.historyModel()));
        QCOMPARE(shownIds(pane.historyModel()), QList<QUuid>{m_award[4]});
        QTRY_COMPARE_WITH_TIMEOUT(pane.recipientsAwardId(), m_award[4], kTimeoutMs);
        QCOMPARE(pane.tableView()->currentIndex().row(), 0);
        QCOMPARE(pane.recipientsModel()->rowCount(), 1);
        auto *chip = pane.findChild<QToolButton *>(QStringLiteral("awardFilterChip"));
        QVERIFY(chip && chip->isVisibleTo(&pane));
        chip->click();
        QCOMPARE(pane.awardFilter(), QUuid());
        QVERIFY(!chip->isVisibleTo(&pane));
        QVERIFY(loadAll(pane.historyModel()));
        QCOMPARE(shownIds(pane.historyModel()), QList<QUuid>{m_award[3]});
    }

    // --- reversal -----------------------------------------------------------------------

    void reversingAWholeAward()
    {
        const long long cleo = HistoryFixture::balance(HistoryFixture::cleo);
        const long long dan = HistoryFixture::balance(HistoryFixture::dan);
        const long long eve = HistoryFixture::balance(HistoryFixture::eve);
        QCOMPARE(reversalsOfAward(m_award[1]), 0);

        auto backend = backendFor("hist_ada");
        AwardHistoryPane pane(backend.get(), identify(*backend));
        open(pane);
        QVERIFY(selectAward(pane, m_award[1]));
        QVERIFY(pane.reverseAwardAction()->isEnabled());
        QVERIFY(historyCell(pane, m_award[1], AwardHistoryModel::ReversedColumn).isEmpty());

        // Ctrl+Shift+R opens the reason dialog; it cannot be confirmed without a reason.
        pane.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        pane.tableView()->setFocus();
        QTest::keyClick(pane.tableView(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(pane.reasonDialog() != nullptr, kTimeoutMs);
        ReasonDialog *dialog = pane.reasonDialog();
        QVERIFY(dialog->findChild<QLabel *>() != nullptr);
        QVERIFY(!dialog->canConfirm());
        QVERIFY(
            !dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());

        QSignalSpy succeeded(pane.reversalRunner(), &ReversalRunner::succeeded);
        QSignalSpy shown(&pane, &AwardHistoryPane::recipientsShown);
        QVERIFY(confirmReason(pane, kWholeReason));
        QVERIFY(succeeded.wait(kTimeoutMs));
        QVERIFY(shown.wait(kTimeoutMs)); // the recipients come back with their reversals

        // The wallets are back where they were before the award.
        QCOMPARE(HistoryFixture::balance(HistoryFixture::cleo), cleo - 100);
        QCOMPARE(HistoryFixture::balance(HistoryFixture::dan), dan - 100);
        QCOMPARE(HistoryFixture::balance(HistoryFixture::eve), eve - 100);
        QCOMPARE(reversalsOfAward(m_award[1]), 3);
        const auto outcome = succeeded.first().at(1).value<ReversalOutcome>();
        QCOMPARE(outcome.reversedCount, 3);

        // The award shows "reversed"; each recipient its reversal with the reason.
        QCOMPARE(historyCell(pane, m_award[1], AwardHistoryModel::ReversedColumn),
                 QStringLiteral("reversed"));
        QCOMPARE(pane.detailPanel()->fieldValue(QStringLiteral("Reversed")),
                 QStringLiteral("reversed"));
        AwardRecipientsModel *recipients = pane.recipientsModel();
        QCOMPARE(recipients->reversedCount(), 3);
        for (int row = 0; row < recipients->rowCount(); ++row) {
            QVERIFY(recipients->index(row, 0).data(AwardRecipientsModel::ReversedRole).toBool());
            QCOMPARE(
                recipients->index(row, 0).data(AwardRecipientsModel::ReversalReasonRole).toString(),
                kWholeReason);
        }
        QCOMPARE(recipients->index(0, AwardRecipientsModel::CurrentBalanceColumn)
                     .data(AwardRecipientsModel::CurrentBalanceRole)
                     .toLongLong(),
                 cleo - 100);
        QVERIFY(pane.reversalMessage().contains(QLatin1String("Reversed 3")));
        QVERIFY(!pane.reverseAwardAction()->isEnabled());
        QVERIFY(pane.reverseAwardAction()->toolTip().contains(QLatin1String("reversed already")));

        // A reversed recipient links to its reversal entry (the ledger shows it).
        QVERIFY(selectRecipient(pane, HistoryFixture::dan));
        QVERIFY(pane.recipientsView()->reversalLinkText().contains(QLatin1String("Reversed by")));
        QVERIFY(!pane.reverseEntryAction()->isEnabled());
        QSignalSpy ledger(&pane, &AwardHistoryPane::ledgerEntryRequested);
        pane.recipientsView()->table()->setFocus();
        QTest::keyClick(pane.recipientsView()->table(), Qt::Key_Return);
        QCOMPARE(ledger.count(), 1);
        const std::string danEntry = coinEntryOf(m_award[1], HistoryFixture::dan);
        QCOMPARE(ledger.first().at(0).toUuid().toString(QUuid::WithoutBraces).toStdString(), [&] {
            pqxx::connection c(HistoryFixture::superuserDsn());
            pqxx::nontransaction tx(c);
            return tx
                .exec_params1("SELECT id::text FROM coin_transactions WHERE "
                              "reversal_of = $1::uuid",
                              danEntry)[0]
                .as<std::string>();
        }());
        QCOMPARE(ledger.first().at(1).toUuid(), uuid(HistoryFixture::dan));

        // The audit log pane shows the reversal with its reason.
        AuditLogPane audit(backend.get(), identify(*backend));
        QCOMPARE(audit.paneId(), QStringLiteral("audit"));
        QCOMPARE(audit.title(), QStringLiteral("Audit log"));
        QVERIFY(!audit.icon().isNull());
        open(audit);
        audit.setEventKind(AuditLogPane::EventKind::AwardReversals);
        QVERIFY(loadAll(audit.auditModel()));
        QCOMPARE(audit.auditModel()->loadedCount(), 1);
        audit.tableView()->setCurrentIndex(audit.auditModel()->index(0, 0));
        const QJsonObject payload =
            QJsonDocument::fromJson(audit.detailPanel()->jsonText().toUtf8()).object();
        QCOMPARE(payload.value(QStringLiteral("award_id")).toString(),
                 m_award[1].toString(QUuid::WithoutBraces));
        QCOMPARE(payload.value(QStringLiteral("reason")).toString(), kWholeReason);
        QVERIFY(audit.detailPanel()->jsonText().contains(u'\n')); // pretty-printed
        QCOMPARE(audit.detailPanel()->title(), QStringLiteral("Award reversed"));
        QCOMPARE(audit.detailPanel()->fieldValue(QStringLiteral("Actor")),
                 QStringLiteral("Ada Admin"));
    }

    void reversingOneEntry()
    {
        const long long cleo = HistoryFixture::balance(HistoryFixture::cleo);
        const long long dan = HistoryFixture::balance(HistoryFixture::dan);
        auto backend = backendFor("hist_ada");
        AwardHistoryPane pane(backend.get(), identify(*backend));
        open(pane);
        QVERIFY(selectAward(pane, m_award[2]));
        QVERIFY(!pane.reverseEntryAction()->isEnabled()); // no recipient selected yet
        QVERIFY(pane.reverseEntryAction()->toolTip().contains(QLatin1String("Select a recipient")));
        QVERIFY(selectRecipient(pane, HistoryFixture::dan));
        QVERIFY(pane.reverseEntryAction()->isEnabled());

        QSignalSpy succeeded(pane.reversalRunner(), &ReversalRunner::succeeded);
        QSignalSpy shown(&pane, &AwardHistoryPane::recipientsShown);
        pane.reverseEntryAction()->trigger();
        QVERIFY(pane.reasonDialog());
        QVERIFY(pane.reasonDialog()->findChild<QLabel *>());
        QVERIFY(confirmReason(pane, kEntryReason));
        QVERIFY(succeeded.wait(kTimeoutMs));
        QVERIFY(shown.wait(kTimeoutMs));
        QCOMPARE(succeeded.first()
                     .at(0)
                     .value<ReversalDraft>()
                     .coinTransactionId.toString(QUuid::WithoutBraces)
                     .toStdString(),
                 coinEntryOf(m_award[2], HistoryFixture::dan));

        QCOMPARE(HistoryFixture::balance(HistoryFixture::dan), dan - 50);
        QCOMPARE(HistoryFixture::balance(HistoryFixture::cleo), cleo);
        QCOMPARE(reversalsOfAward(m_award[2]), 1);
        QCOMPARE(historyCell(pane, m_award[2], AwardHistoryModel::ReversedColumn),
                 QStringLiteral("1 of 2 reversed"));
        AwardRecipientsModel *recipients = pane.recipientsModel();
        const int danRow = recipients->rowOf(uuid(HistoryFixture::dan));
        const int cleoRow = recipients->rowOf(uuid(HistoryFixture::cleo));
        QVERIFY(recipients->index(danRow, 0).data(AwardRecipientsModel::ReversedRole).toBool());
        QVERIFY(!recipients->index(cleoRow, 0).data(AwardRecipientsModel::ReversedRole).toBool());
        QVERIFY(recipients->index(danRow, AwardRecipientsModel::ReversalColumn)
                    .data()
                    .toString()
                    .endsWith(kEntryReason));
        // Dan's entry cannot be reversed again; Cleo's and the rest of the award can.
        QCOMPARE(pane.recipientsView()->table()->currentIndex().row(), danRow);
        QVERIFY(!pane.reverseEntryAction()->isEnabled());
        QVERIFY(pane.reverseEntryAction()->toolTip().contains(QLatin1String("reversed already")));
        QVERIFY(pane.reverseAwardAction()->isEnabled());
        QVERIFY(selectRecipient(pane, HistoryFixture::cleo));
        QVERIFY(pane.reverseEntryAction()->isEnabled());

        // The audit log has the entry reversal.
        AuditLogPane audit(backend.get(), identify(*backend));
        open(audit);
        audit.setEventKind(AuditLogPane::EventKind::EntryReversals);
        QVERIFY(loadAll(audit.auditModel()));
        QCOMPARE(audit.auditModel()->loadedCount(), 1);
        const QJsonObject payload = QJsonDocument::fromJson(audit.auditModel()
                                                                ->index(0, 0)
                                                                .data(AuditLogModel::PayloadRole)
                                                                .toString()
                                                                .toUtf8())
                                        .object();
        QCOMPARE(payload.value(QStringLiteral("transaction_id")).toString().toStdString(),
                 coinEntryOf(m_award[2], HistoryFixture::dan));
    }

    void aReasonIsRequired()
    {
        const long long before = HistoryFixture::count("SELECT count(*) FROM coin_transactions");
        auto backend = backendFor("hist_ada");
        AwardHistoryPane pane(backend.get(), identify(*backend));
        open(pane);
        QVERIFY(selectAward(pane, m_award[4]));
        pane.reverseAwardAction()->trigger();
        QVERIFY(pane.reasonDialog());
        ReasonDialog *dialog = pane.reasonDialog();
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        dialog->setReason(QStringLiteral("   \n\t "));
        QVERIFY(!dialog->canConfirm());
        QVERIFY(!ok->isEnabled());
        dialog->setReason(QStringLiteral("ok"));
        QVERIFY(ok->isEnabled());
        dialog->reject();
        QTRY_VERIFY_WITH_TIMEOUT(!pane.reasonDialog(), kTimeoutMs);
        QVERIFY(!pane.reversalRunner()->isRunning());

        // The backend and the database refuse a blank reason too.
        ReversalDraft draft;
        draft.awardId = m_award[4];
        draft.reason = QStringLiteral("  ");
        draft.idempotencyKey = ReversalRunner::newKey();
        const Result<ReversalOutcome> blank = await(backend->reverseAward(draft));
        QVERIFY(!blank.ok());
        QCOMPARE(blank.error().kind(), BackendError::Kind::Validation);
        bool refused = false;
        try {
            pqxx::connection connection(
                HistoryFixture::dsnFor(QStringLiteral("hist_ada")).toStdString());
            pqxx::work tx(connection);
            tx.exec_params("SELECT * FROM public.reverse_admin_award_v1($1::uuid, '   ', "
                           "'hist-blank-reason-0001')",
                           m_award[4].toString(QUuid::WithoutBraces).toStdString());
        } catch (const pqxx::sql_error &) {
            refused = true;
        }
        QVERIFY(refused);
        QCOMPARE(HistoryFixture::count("SELECT count(*) FROM coin_transactions"), before);
    }

    void reversingTwiceDoesNotReverseTwice()
    {
        // Award 1 was reversed as a whole: a new action (a new key) changes nothing.
        const long long cleo = HistoryFixture::balance(HistoryFixture::cleo);
        const long long audits =
            HistoryFixture::count("SELECT count(*) FROM tenant_audit_logs WHERE event_type = "
                                  "'gamification.admin_award.reversed'");
        auto real = backendFor("hist_ada");
        ReversalDraft again;
        again.awardId = m_award[1];
        again.reason = QStringLiteral("Once more");
        again.idempotencyKey = ReversalRunner::newKey();
        const Result<ReversalOutcome> twice = await(real->reverseAward(again));
        QVERIFY2(twice.ok(), qPrintable(twice.error().detail()));
        QCOMPARE(twice.value().reversedCount, 0);
        QCOMPARE(twice.value().alreadyReversedCount, 3);
        QCOMPARE(reversalsOfAward(m_award[1]), 3);
        QCOMPARE(HistoryFixture::balance(HistoryFixture::cleo), cleo);
        QCOMPARE(HistoryFixture::count("SELECT count(*) FROM tenant_audit_logs WHERE event_type = "
                                       "'gamification.admin_award.reversed'"),
                 audits);

        // The answer is lost after the database reversed award 4: Retry sends the same key.
        test::FlakyBackend flaky(real.get());
        const long long dan = HistoryFixture::balance(HistoryFixture::dan);
        AwardHistoryPane pane(&flaky, identify(flaky));
        open(pane);
        QVERIFY(selectAward(pane, m_award[4]));
        flaky.loseNextReversalAnswer();
        QSignalSpy failed(pane.reversalRunner(), &ReversalRunner::failed);
        QSignalSpy succeeded(pane.reversalRunner(), &ReversalRunner::succeeded);
        pane.reverseAwardAction()->trigger();
        QVERIFY(confirmReason(pane, QStringLiteral("Duplicate of award 2")));
        // While it runs: a busy line, and no second reversal can start.
        QVERIFY(pane.recipientsView()->isBusy());
        QVERIFY(!pane.reverseAwardAction()->isEnabled());
        QVERIFY(pane.reverseAwardAction()->toolTip().contains(QLatin1String("in progress")));
        QVERIFY(failed.wait(kTimeoutMs));
        QVERIFY(!pane.recipientsView()->isBusy());
        const QString firstKey = flaky.lastReversalKey();
        QVERIFY(pane.reversalMessage().contains(QLatin1String("not known")));
        QVERIFY(pane.reversalRunner()->pending().has_value());
        QCOMPARE(pane.reversalRunner()->pending()->idempotencyKey, firstKey);
        QCOMPARE(reversalsOfAward(m_award[4]), 1); // it did go through
        QCOMPARE(HistoryFixture::balance(HistoryFixture::dan), dan - 20);

        QToolButton *retry = retryButton(pane.recipientsView()->messageBar());
        QVERIFY(retry && retry->isVisibleTo(&pane));
        retry->click();
        QVERIFY(succeeded.wait(kTimeoutMs));
        QCOMPARE(flaky.reversalCalls(), 2);
        QCOMPARE(flaky.lastReversalKey(), firstKey);
        QCOMPARE(reversalsOfAward(m_award[4]), 1);
        QCOMPARE(HistoryFixture::balance(HistoryFixture::dan), dan - 20);
        QTRY_COMPARE_WITH_TIMEOUT(historyCell(pane, m_award[4], AwardHistoryModel::ReversedColumn),
                                  QStringLiteral("reversed"), kTimeoutMs);
        QVERIFY(!pane.reversalRunner()->pending().has_value());

        // Lost again on award 6; this time the user opens the dialog again: the reason typed
        // is still there and the same key goes out.
        const long long cleoBefore = HistoryFixture::balance(HistoryFixture::cleo);
        QVERIFY(selectAward(pane, m_award[6]));
        flaky.loseNextReversalAnswer();
        pane.reverseAwardAction()->trigger();
        QVERIFY(confirmReason(pane, QStringLiteral("Not Mallory's to give")));
        QVERIFY(failed.wait(kTimeoutMs));
        const QString sixthKey = flaky.lastReversalKey();
        QVERIFY(sixthKey != firstKey);
        QVERIFY(pane.reverseAwardAction()->isEnabled());
        pane.reverseAwardAction()->trigger();
        QVERIFY(pane.reasonDialog());
        QCOMPARE(pane.reasonDialog()->reason(), QStringLiteral("Not Mallory's to give"));
        pane.reasonDialog()->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(succeeded.wait(kTimeoutMs));
        QCOMPARE(flaky.lastReversalKey(), sixthKey);
        QCOMPARE(reversalsOfAward(m_award[6]), 1);
        QCOMPARE(HistoryFixture::balance(HistoryFixture::cleo), cleoBefore - 5);
    }

    void spentCoinsAreExplained()
    {
        // Award 7: Finn got 40 and has 10 left, so the award cannot be undone as a whole.
        const long long cleo = HistoryFixture::balance(HistoryFixture::cleo);
        auto backend = backendFor("hist_ada");
        AwardHistoryPane pane(backend.get(), identify(*backend));
        open(pane);
        QVERIFY(selectAward(pane, m_award[7]));
        QSignalSpy failed(pane.reversalRunner(), &ReversalRunner::failed);
        QSignalSpy succeeded(pane.reversalRunner(), &ReversalRunner::succeeded);
        pane.reverseAwardAction()->trigger();
        QVERIFY(confirmReason(pane, QStringLiteral("Wrong people")));
        QVERIFY(failed.wait(kTimeoutMs));
        QCOMPARE(failed.first().at(1).value<BackendError>().sqlState(), QStringLiteral("DD402"));
        const QString message = pane.reversalMessage();
        QVERIFY2(message.contains(QLatin1String("already spent")) &&
                     message.contains(QLatin1String("one by one")) &&
                     message.contains(QLatin1String("Reverse this entry")),
                 qPrintable(message));
        QVERIFY(!message.contains(QLatin1String("DD402")));
        QVERIFY(!pane.reversalRunner()->pending().has_value()); // a definite answer
        QCOMPARE(reversalsOfAward(m_award[7]), 0);
        QCOMPARE(HistoryFixture::balance(HistoryFixture::cleo), cleo);
        QCOMPARE(HistoryFixture::balance(HistoryFixture::finn), 10);

        // Finn's entry alone: refused the same way, in words about Finn.
        QVERIFY(selectRecipient(pane, HistoryFixture::finn));
        pane.reverseEntryAction()->trigger();
        QVERIFY(confirmReason(pane, QStringLiteral("Wrong person")));
        QVERIFY(failed.wait(kTimeoutMs));
        QVERIFY2(pane.reversalMessage().contains(QLatin1String("Finn Funds has already spent")),
                 qPrintable(pane.reversalMessage()));
        QCOMPARE(HistoryFixture::balance(HistoryFixture::finn), 10);

        // What to do: Cleo's entry goes back on its own.
        QVERIFY(selectRecipient(pane, HistoryFixture::cleo));
        pane.reverseEntryAction()->trigger();
        QVERIFY(confirmReason(pane, QStringLiteral("Wrong person")));
        QVERIFY(succeeded.wait(kTimeoutMs));
        QCOMPARE(HistoryFixture::balance(HistoryFixture::cleo), cleo - 40);
        QCOMPARE(reversalsOfAward(m_award[7]), 1);
        QTRY_COMPARE_WITH_TIMEOUT(historyCell(pane, m_award[7], AwardHistoryModel::ReversedColumn),
                                  QStringLiteral("1 of 2 reversed"), kTimeoutMs);
    }

    // --- audit log ----------------------------------------------------------------------

    void auditLogFilters()
    {
        auto backend = backendFor("hist_ada");
        AuditLogPane pane(backend.get(), identify(*backend));
        open(pane);
        AuditLogModel *model = pane.auditModel();
        QVERIFY(loadAll(model));
        const std::string inA =
            std::string("SELECT count(*) FROM tenant_audit_logs WHERE tenant_id = '") +
            HistoryFixture::tenantA + "'";
        QCOMPARE(model->loadedCount(), HistoryFixture::count(inA));

        pane.setEventKind(AuditLogPane::EventKind::Awards);
        QVERIFY(loadAll(model));
        QCOMPARE(model->loadedCount(),
                 HistoryFixture::count(inA + " AND event_type LIKE 'gamification.admin_award.%'"));
        pane.setEventKind(AuditLogPane::EventKind::Requests);
        QVERIFY(loadAll(model));
        QCOMPARE(model->loadedCount(), 0);
        pane.setEventKind(AuditLogPane::EventKind::All);
        QVERIFY(loadAll(model));

        // Actor: Mallory made one award (and no reversal).
        pane.showUser(uuid(HistoryFixture::mallory), HistoryFixture::malloryName);
        QVERIFY(loadAll(model));
        QCOMPARE(model->loadedCount(), 1);
        QCOMPARE(model->index(0, AuditLogModel::EventColumn).data().toString(),
                 QStringLiteral("Coins awarded"));
        QCOMPARE(model->index(0, 0).data(AuditLogModel::EventTypeRole).toString(),
                 QStringLiteral("gamification.admin_award.coins"));
        pane.showUser({}, {});
        QVERIFY(loadAll(model));

        // Period: every audit row is from today; none from 40 days ago.
        pane.periodFilter()->setPreset(PeriodFilter::Preset::Today);
        QVERIFY(loadAll(model));
        QCOMPARE(model->loadedCount(), HistoryFixture::count(inA));
        const QDate today = QDate::currentDate();
        pane.periodFilter()->setRange(today.addDays(-45), today.addDays(-35));
        QVERIFY(loadAll(model));
        QCOMPARE(model->loadedCount(), 0);
    }

    void auditCsvExportWritesTheFilteredSet()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto backend = backendFor("hist_ada");
        AuditLogPane pane(backend.get(), identify(*backend));
        open(pane);
        pane.setEventKind(AuditLogPane::EventKind::Awards);
        QVERIFY(loadAll(pane.auditModel()));
        pane.setExportPageSize(2); // page after page
        const QString path = dir.filePath(QStringLiteral("awards.csv"));
        QSignalSpy finished(&pane, &AuditLogPane::exportFinished);
        QVERIFY(pane.exportCsvTo(path));
        QVERIFY(!pane.exportAction()->isEnabled()); // one export at a time
        QVERIFY(!pane.exportCsvTo(path));
        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(pane.currentExport()->status(), AuditCsvExport::Status::Finished);
        QVERIFY(pane.exportAction()->isEnabled());

        const long long expected = HistoryFixture::count(
            std::string("SELECT count(*) FROM tenant_audit_logs WHERE tenant_id = '") +
            HistoryFixture::tenantA + "' AND event_type LIKE 'gamification.admin_award.%'");
        QVERIFY(expected >= 10); // seven awards and at least three reversals
        QCOMPARE(pane.currentExport()->rowsWritten(), expected);
        QVERIFY2(pane.exportMessage().contains(QStringLiteral("Exported %1 row").arg(expected)),
                 qPrintable(pane.exportMessage()));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("time_utc,tenant_id,tenant,actor_user_id,actor,event_type,"
                                 "payload,id\r\n"));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes));
        QCOMPARE(records.size(), expected + 1);
        static const QRegularExpression isoUtc(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
        bool sawMallory = false;
        bool sawReason = false;
        for (qsizetype i = 1; i < records.size(); ++i) {
            const QStringList &record = records.at(i);
            QCOMPARE(record.size(), 8);
            QVERIFY2(isoUtc.match(record.at(0)).hasMatch(), qPrintable(record.at(0)));
            QCOMPARE(record.at(1), QLatin1String(HistoryFixture::tenantA));
            QCOMPARE(record.at(2), QLatin1String(HistoryFixture::tenantAName));
            QVERIFY(record.at(5).startsWith(QLatin1String("gamification.admin_award.")));
            const QJsonObject payload = QJsonDocument::fromJson(record.at(6).toUtf8()).object();
            QVERIFY(!payload.isEmpty());
            if (record.at(3) == QLatin1String(HistoryFixture::mallory)) {
                // A formula-like name: neutralised with an apostrophe, quotes and the line
                // break kept inside one quoted field.
                QCOMPARE(record.at(4), QLatin1Char('\'') + HistoryFixture::malloryName);
                sawMallory = true;
            }
            if (payload.value(QStringLiteral("reason")).toString() == kWholeReason)
                sawReason = true; // commas, quotes and a line break in the payload
        }
        QVERIFY(sawMallory);
        QVERIFY(sawReason);
        QVERIFY(bytes.contains("\"'=HYPERLINK(\"\"http://evil.test\"\",\"\"Mallory, the "
                               "\"\"\"\"boss\"\"\"\"\"\")\nsecond line\""));
        QVERIFY(!bytes.contains("\n=") && !bytes.contains(",=")); // no cell starts a formula
    }

    void auditCsvExportLeavesNothingHalfWritten()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto backend = backendFor("hist_ada");
        AuditLogPane pane(backend.get(), identify(*backend));
        open(pane);
        pane.setExportPageSize(1);

        // Cancelled after the first page: the file that was there stays as it was.
        const QString path = dir.filePath(QStringLiteral("audit.csv"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old contents\n");
        }
        QSignalSpy finished(&pane, &AuditLogPane::exportFinished);
        QVERIFY(pane.exportCsvTo(path));
        QSignalSpy progress(pane.currentExport(), &AuditCsvExport::progress);
        QVERIFY(progress.wait(kTimeoutMs));
        pane.cancelExport();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(pane.currentExport()->status(), AuditCsvExport::Status::Cancelled);
        QVERIFY(pane.exportMessage().contains(QLatin1String("cancelled")));
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("old contents\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("audit.csv")});

        // A folder that does not exist: the failure is shown in the pane.
        QVERIFY(pane.exportCsvTo(dir.filePath(QStringLiteral("missing/audit.csv"))));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kTimeoutMs);
        QCOMPARE(pane.currentExport()->status(), AuditCsvExport::Status::Failed);
        QVERIFY2(pane.exportMessage().contains(QLatin1String("failed")),
                 qPrintable(pane.exportMessage()));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing/audit.csv"))));
    }
};

QTEST_MAIN(TestHistoryGui)
#include "tst_history_gui.moc"
