// The awards pane, offscreen, against a real PostgreSQL started by `dicedesk-db sandbox
// --migrate` with the rows of AwardFixture: search as you type, an award below the threshold
// that is paid, one at the threshold that becomes a request, a CSV import whose bad lines are
// shown and skipped, a pasted list, a double send that pays once, a lost answer sent again
// with the same key, a restart with an open journal entry (already applied / never arrived),
// a refused award that keeps the form, and 10,000 recipients from a CSV file.
#include "AwardFixture.h"
#include "LossyBackend.h"
#include "awards/AwardsPane.h"
#include "awards/MemberHitModel.h"
#include "awards/RecipientCheckModel.h"
#include "awards/RecipientImportDialog.h"
#include "awards/RecipientListModel.h"
#include "awards/WorkProgressStrip.h"
#include "backend/pg/PgBackend.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dicedesk;
using test::AwardFixture;

namespace {

constexpr int kTimeoutMs = 30000;

QUuid tenantA()
{
    return QUuid::fromString(QLatin1String(AwardFixture::tenantA));
}

QUuid tenantCrowd()
{
    return QUuid::fromString(QLatin1String(AwardFixture::tenantCrowd));
}

TenantScope scopeOf(const QUuid &tenant)
{
    TenantScope scope;
    scope.tenantIds = {tenant};
    return scope;
}

std::string uuidSql(const QUuid &id)
{
    return "'" + id.toString(QUuid::WithoutBraces).toStdString() + "'";
}

std::string quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return "'" + escaped.toStdString() + "'";
}

Recipient memberRecipient(int n)
{
    Recipient recipient;
    recipient.userId = AwardFixture::member(n);
    recipient.email = AwardFixture::memberEmail(n);
    recipient.displayName = QStringLiteral("Member %1").arg(n);
    return recipient;
}

template<typename T> std::optional<T> await(QFuture<Result<T>> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, kTimeoutMs))
        return std::nullopt;
    const Result<T> result = future.result();
    if (!result.ok()) {
        qWarning() << "backend call failed:" << result.error().detail();
        return std::nullopt;
    }
    return result.value();
}

bool waitSettled(Pane &pane)
{
    if (pane.isSettled())
        return true;
    QSignalSpy settled(&pane, &Pane::settled);
    return settled.wait(kTimeoutMs);
}

/// The target of the first link of a kind ("award:" or "request:") in rich text.
QString linkIn(const QString &html, const QString &scheme)
{
    const QRegularExpression link(QStringLiteral("href=\"(%1[^\"]+)\"").arg(scheme));
    return link.match(html).captured(1);
}

QString plain(const QString &html)
{
    QString text = html;
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return text;
}

struct Session
{
    std::unique_ptr<pg::PgBackend> backend;
    Identity identity;
};

} // namespace

class TestAwardsGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_journalNumber = 0;

    /// A fresh journal file for the next pane (as if on a new machine).
    QString useFreshJournal()
    {
        const QString path =
            m_dir.filePath(QStringLiteral("journal-%1.json").arg(++m_journalNumber));
        qputenv(AwardJournal::kPathVariable, path.toUtf8());
        return path;
    }

    static bool connectAs(const QString &login, Session &session)
    {
        session.backend = std::make_unique<pg::PgBackend>(AwardFixture::dsnFor(login));
        const std::optional<Identity> identity = await(session.backend->identify());
        if (!identity)
            return false;
        session.identity = *identity;
        return true;
    }

    static void open(AwardsPane &pane, const QUuid &tenant)
    {
        pane.resize(1200, 800);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setScope(scopeOf(tenant));
        QVERIFY(waitSettled(pane));
        QVERIFY2(pane.errorText().isEmpty(), qPrintable(pane.errorText()));
    }

    static bool sendAndWait(AwardsPane &pane)
    {
        QSignalSpy finished(&pane, &AwardsPane::sendFinished);
        if (!pane.sendButton()->isEnabled()) {
            qWarning() << "Send is disabled:" << pane.hintText();
            return false;
        }
        QTest::mouseClick(pane.sendButton(), Qt::LeftButton);
        return finished.wait(kTimeoutMs);
    }

    static bool waitChecked(RecipientImportDialog *dialog)
    {
        return QTest::qWaitFor([&] { return dialog->isChecked() && !dialog->isBusy(); },
                               kTimeoutMs * 2);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("DiceDeskTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        try {
            AwardFixture::install();
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
    }

    void journalEndpointTellsDatabasesApart()
    {
        // Open awards are offered again only on the database they were sent to: two databases
        // on one server with one login are two endpoints; a password never goes in the key.
        pg::PgBackend first(QStringLiteral("host=db.example port=5432 dbname=prod user=anna "
                                           "password=secret"));
        pg::PgBackend second(QStringLiteral("host=db.example port=5432 dbname=staging user=anna"));
        pg::PgBackend otherPort(QStringLiteral("host=db.example port=6543 dbname=prod user=anna"));
        QCOMPARE(first.endpointLabel(), second.endpointLabel());
        QVERIFY(first.endpointKey() != second.endpointKey());
        QVERIFY(first.endpointKey() != otherPort.endpointKey());
        QVERIFY(!first.endpointKey().contains(QLatin1String("secret")));
        pg::PgBackend uri(QStringLiteral("postgresql://anna:secret@db.example:5432/prod"));
        QVERIFY(!uri.endpointKey().contains(QLatin1String("secret")));
        QVERIFY(uri.endpointKey().contains(QLatin1String("anna@db.example:5432/prod")));
    }

    void init() { useFreshJournal(); }

    void scopeDecidesWhatThePaneOffers()
    {
        Session session;
        QVERIFY(connectAs(QStringLiteral("awd_tenant_admin"), session));
        AwardsPane pane(session.backend.get(), session.identity);
        QCOMPARE(pane.paneId(), QStringLiteral("awards"));
        QCOMPARE(pane.title(), QStringLiteral("Awards"));
        QVERIFY(!pane.icon().isNull());
        pane.resize(1000, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));

        TenantScope all;
        all.allTenants = true;
        all.tenantIds = {tenantA(), tenantCrowd()};
        pane.setScope(all);
        QVERIFY(waitSettled(pane));
        QCOMPARE(
            pane.noticeText(),
            QStringLiteral("Choose an organisation in the toolbar (Ctrl+T) to send an award."));
        QVERIFY(!pane.sendButton()->isVisible());

        // Not an admin of Crowd.
        pane.setScope(scopeOf(tenantCrowd()));
        QVERIFY(waitSettled(pane));
        QVERIFY(pane.noticeText().contains(QStringLiteral("Only admins")));

        pane.setScope(scopeOf(tenantA()));
        QVERIFY(waitSettled(pane));
        QVERIFY(pane.noticeText().isEmpty());
        QVERIFY(pane.sendButton()->isVisible());
        QVERIFY(!pane.sendButton()->isEnabled());
        QCOMPARE(pane.hintText(), QStringLiteral("Add recipients to send an award."));
        // The achievement picker lists Alpha's achievement; the amount hides for it.
        QVERIFY(pane.achievementBox()->findData(
                    QUuid::fromString(QLatin1String(AwardFixture::achievementHelper))) >= 0);
        pane.setAwardType(QStringLiteral("achievement"));
        QVERIFY(!pane.amountBox()->isVisible());
        QVERIFY(pane.achievementBox()->isVisible());
        pane.setAwardType(QStringLiteral("coins"));
        QVERIFY(pane.amountBox()->isVisible());
        QCOMPARE(pane.amountBox()->maximum(), 1000000);
        QCOMPARE(pane.amountBox()->minimum(), 1);

        // Ctrl+F goes to the search.
        pane.messageEdit()->setFocus();
        QTest::keyClick(pane.messageEdit(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(pane.searchField()->hasFocus());
    }

    void searchAddsMembersAsYouType()
    {
        Session session;
        QVERIFY(connectAs(QStringLiteral("awd_tenant_admin"), session));
        AwardsPane pane(session.backend.get(), session.identity);
        QAbstractItemModelTester hitTester(pane.searchModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester listTester(pane.recipientModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        open(pane, tenantA());

        pane.searchField()->setFocus();
        QTest::keyClicks(pane.searchField(), QStringLiteral("member1"));
        // member1, member10 … member19: the answer for the whole text, not a stale one.
        QTRY_COMPARE_WITH_TIMEOUT(pane.searchModel()->rowCount(), 11, kTimeoutMs);
        QCOMPARE(pane.searchModel()->index(0, MemberHitModel::EmailColumn).data().toString(),
                 QStringLiteral("member1@awards.test"));
        QTest::keyClicks(pane.searchField(), QStringLiteral("2"));
        QTRY_COMPARE_WITH_TIMEOUT(pane.searchModel()->rowCount(), 1, kTimeoutMs);
        QCOMPARE(pane.searchModel()->index(0, 0).data(MemberHitModel::UserIdRole).toUuid(),
                 AwardFixture::member(12));
        // Enter adds the match and empties the field for the next name.
        QTest::keyClick(pane.searchField(), Qt::Key_Return);
        QCOMPARE(pane.recipientModel()->rowCount(), 1);
        QVERIFY(pane.recipientModel()->contains(AwardFixture::member(12)));
        QVERIFY(pane.searchField()->text().isEmpty());

        // Typed and Enter at once: the first match is added when it arrives.
        QTest::keyClicks(pane.searchField(), QStringLiteral("member7"));
        QTest::keyClick(pane.searchField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(pane.recipientModel()->contains(AwardFixture::member(7)),
                                 kTimeoutMs);

        // Several selected matches, by double-click (activation).
        QTest::keyClicks(pane.searchField(), QStringLiteral("member2"));
        QTRY_COMPARE_WITH_TIMEOUT(pane.searchModel()->rowCount(), 2, kTimeoutMs); // 2, 20
        pane.searchView()->selectAll();
        Q_EMIT pane.searchView()->activated(pane.searchModel()->index(0, 0));
        QCOMPARE(pane.recipientModel()->rowCount(), 4);
        QVERIFY(pane.recipientModel()->contains(AwardFixture::member(20)));
        // Balances come along.
        QCOMPARE(
            pane.recipientModel()->index(0, RecipientListModel::BalanceColumn).data().toString(),
            QStringLiteral("0"));

        // Del removes the selected recipients.
        pane.recipientView()->setFocus();
        pane.recipientView()->selectRow(0);
        QTest::keyClick(pane.recipientView(), Qt::Key_Delete);
        QCOMPARE(pane.recipientModel()->rowCount(), 3);
        QVERIFY(!pane.recipientModel()->contains(AwardFixture::member(12)));

        // Suspended members are never offered.
        pane.searchField()->clear();
        QTest::keyClicks(pane.searchField(), QStringLiteral("su"));
        QTRY_COMPARE_WITH_TIMEOUT(pane.searchStatusText(),
                                  QStringLiteral("No active member matches."), kTimeoutMs);
        QCOMPARE(pane.searchModel()->rowCount(), 0);
    }

    void belowTheThresholdIsPaid()
    {
        Session session;
        QVERIFY(connectAs(QStringLiteral("awd_tenant_admin"), session));
        AwardsPane pane(session.backend.get(), session.identity);
        open(pane, tenantA());
        const long long before1 = AwardFixture::balance(AwardFixture::member(1));
        const long long before2 = AwardFixture::balance(AwardFixture::member(2));

        QVERIFY(pane.addRecipients({memberRecipient(1), memberRecipient(2)}));
        pane.amountBox()->setValue(50);
        QVERIFY(!pane.sendButton()->isEnabled());
        QCOMPARE(pane.hintText(), QStringLiteral("Write a message: it is required."));
        pane.messageEdit()->setPlainText(QStringLiteral("Great planning week"));
        QCOMPARE(pane.summaryText(),
                 QStringLiteral("Total 100 coins to 2 recipient(s). Below the approval threshold "
                                "of 500 coins: paid now."));
        QCOMPARE(pane.counterText(), QStringLiteral("19 / 1,000"));

        QVERIFY(sendAndWait(pane));
        QVERIFY2(pane.errorText().isEmpty(), qPrintable(pane.errorText()));
        QVERIFY2(plain(pane.resultText())
                     .startsWith(QStringLiteral("Paid 50 coins to 2 recipient(s). Show award")),
                 qPrintable(pane.resultText()));
        QCOMPARE(AwardFixture::balance(AwardFixture::member(1)), before1 + 50);
        QCOMPARE(AwardFixture::balance(AwardFixture::member(2)), before2 + 50);

        // The journal closed the entry with the award the database made.
        const QList<JournalEntry> entries = pane.journal().entries();
        QCOMPARE(entries.size(), 1);
        QVERIFY(!entries.first().isOpen());
        QCOMPARE(entries.first().outcome, QStringLiteral("paid"));
        QVERIFY(entries.first().key.startsWith(QStringLiteral("dd-award-")));
        QCOMPARE(AwardFixture::count("SELECT count(*) FROM gamification_admin_awards WHERE "
                                     "idempotency_key = " +
                                     quoted(entries.first().key) +
                                     " AND id = " + uuidSql(entries.first().awardId)),
                 1);

        // The link names that award.
        QSignalSpy showAward(&pane, &AwardsPane::showAwardRequested);
        const QString href = linkIn(pane.resultText(), QStringLiteral("award:"));
        QVERIFY(!href.isEmpty());
        Q_EMIT pane.resultLabel()->linkActivated(href);
        QCOMPARE(showAward.count(), 1);
        QCOMPARE(showAward.first().first().toUuid(), entries.first().awardId);

        // Sent: the form is ready for the next award and cannot pay these two again.
        QCOMPARE(pane.recipientModel()->rowCount(), 0);
        QVERIFY(pane.messageEdit()->toPlainText().isEmpty());
        QVERIFY(!pane.sendButton()->isEnabled());
    }

    void atTheThresholdBecomesARequest()
    {
        Session session;
        QVERIFY(connectAs(QStringLiteral("awd_tenant_admin"), session));
        AwardsPane pane(session.backend.get(), session.identity);
        open(pane, tenantA());
        QList<Recipient> ten;
        QList<long long> before;
        for (int n = 3; n <= 12; ++n) {
            ten.append(memberRecipient(n));
            before.append(AwardFixture::balance(AwardFixture::member(n)));
        }
        QVERIFY(pane.addRecipients(ten));
        pane.amountBox()->setValue(50);
        pane.messageEdit()->setPlainText(QStringLiteral("Summer camp leaders"));
        QCOMPARE(pane.summaryText(),
                 QStringLiteral("Total 500 coins to 10 recipient(s). At or above the approval "
                                "threshold of 500 coins: this becomes a request for a system "
                                "admin."));
        QVERIFY(sendAndWait(pane));
        QVERIFY2(pane.errorText().isEmpty(), qPrintable(pane.errorText()));
        QVERIFY2(plain(pane.resultText())
                     .contains(QStringLiteral("it is now a request for a "
                                              "system admin")),
                 qPrintable(pane.resultText()));
        const JournalEntry entry = pane.journal().entries().constFirst();
        QCOMPARE(entry.outcome, QStringLiteral("filed"));
        QVERIFY(!entry.requestId.isNull());
        QCOMPARE(AwardFixture::count("SELECT count(*) FROM gamification_admin_award_requests "
                                     "WHERE status = 'pending' AND amount = 50 AND "
                                     "recipient_count = 10 AND id = " +
                                     uuidSql(entry.requestId)),
                 1);
        // Nothing paid yet.
        for (int n = 3; n <= 12; ++n)
            QCOMPARE(AwardFixture::balance(AwardFixture::member(n)), before.at(n - 3));
        QSignalSpy showRequest(&pane, &AwardsPane::showRequestRequested);
        Q_EMIT pane.resultLabel()->linkActivated(
            linkIn(pane.resultText(), QStringLiteral("request:")));
        QCOMPARE(showRequest.count(), 1);
        QCOMPARE(showRequest.first().first().toUuid(), entry.requestId);
    }

    void systemAdminsAreNotHeld()
    {
        Session session;
        QVERIFY(connectAs(QStringLiteral("awd_sysadmin"), session));
        AwardsPane pane(session.backend.get(), session.identity);
        open(pane, tenantA());
        const long long before = AwardFixture::balance(AwardFixture::member(13));
        QVERIFY(pane.addRecipients({memberRecipient(13)}));
        pane.amountBox()->setValue(800);
        pane.messageEdit()->setPlainText(QStringLiteral("Season finale host"));
        QVERIFY(pane.summaryText().contains(
            QStringLiteral("Paid now: system admins are not held by the approval threshold.")));
        QVERIFY(sendAndWait(pane));
        QVERIFY2(plain(pane.resultText()).startsWith(QStringLiteral("Paid 800 coins")),
                 qPrintable(pane.resultText()));
        QCOMPARE(AwardFixture::balance(AwardFixture::member(13)), before + 800);
    }

    void csvImportShowsAndSkipsBadLines()
    {
        Session session;
        QVERIFY(connectAs(QStringLiteral("awd_tenant_admin"), session));
        AwardsPane pane(session.backend.get(), session.identity);
        open(pane, tenantA());
        QAbstractItemModelTester listTester(pane.recipientModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        // BOM, CRLF, a semicolon file with quoted fields, an empty line and a NUL byte.
        QByteArray csv("\xEF\xBB\xBF"
                       "Name;E-mail;Coins\r\n");
        csv += "\"Member, Fourteen\";member14@awards.test;30\r\n"; // 2 ok
        csv += "Member 15;MEMBER15@awards.test;40\r\n";            // 3 ok
        csv += "\r\n";                                             // 4 empty
        csv += "Nobody;nobody@awards.test;10\r\n";                 // 5 unknown
        csv += "Fred;foreign@awards.test;10\r\n";                  // 6 hidden by RLS
        csv += "Sue;suspended@awards.test;10\r\n";                 // 7 suspended
        csv += "Again;" + AwardFixture::member(14).toString(QUuid::WithoutBraces).toUtf8() +
               ";30\r\n";                                               // 8 duplicate
        csv += "Bad;member16@awards.test;abc\r\n";                      // 9 bad amount
        csv += "Zero;member17@awards.test;0\r\n";                       // 10 bad amount
        csv += QByteArray("Nul;member18@awards\0.test;\"25\"\r\n", 32); // 11 ok
        const QString path = m_dir.filePath(QStringLiteral("recipients.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(csv);
        }
        pane.importCsvFile(path);
        RecipientImportDialog *dialog = pane.importDialog();
        QVERIFY(dialog);
        QAbstractItemModelTester previewTester(
            dialog->checkModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitChecked(dialog));
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        // Detected: semicolons, a header, recipient and amount columns.
        QCOMPARE(dialog->delimiterBox()->currentData().value<QChar>(), QChar(u';'));
        QVERIFY(dialog->headerBox()->isChecked());
        QCOMPARE(dialog->recipientColumnBox()->currentIndex(), 1);
        QCOMPARE(dialog->amountColumnBox()->currentIndex(), 3); // "None", then columns
        QVERIFY(dialog->noticeText().contains(QStringLiteral("NUL")));

        const RecipientCheckModel *preview = dialog->checkModel();
        QCOMPARE(preview->rowCount(), 9);
        using Check = CheckedRecipient::Check;
        const QList<std::pair<int, Check>> expected{
            {2, Check::Ok},        {3, Check::Ok},         {5, Check::Unknown},
            {6, Check::Unknown},   {7, Check::NotMember},  {8, Check::Duplicate},
            {9, Check::BadAmount}, {10, Check::BadAmount}, {11, Check::Ok}};
        int row = 0;
        for (const auto &[line, check] : expected) {
            const CheckedRecipient &checked = preview->rows().at(row++);
            QCOMPARE(checked.line, line);
            QVERIFY2(checked.check == check, qPrintable(QStringLiteral("line %1").arg(line)));
        }
        QCOMPARE(preview->index(4, RecipientCheckModel::CheckColumn).data().toString(),
                 QStringLiteral("not a member of this organisation"));
        QCOMPARE(dialog->summaryText(),
                 QStringLiteral("3 to add; 6 skipped: 2 unknown user, 1 not a member of this "
                                "organisation, 1 duplicate, 2 bad amount."));
        QCOMPARE(dialog->addButton()->text(), QStringLiteral("&Add 3 recipient(s), skip 6"));
        // Only the problems, on request.
        dialog->problemsOnlyBox()->setChecked(true);
        QCOMPARE(dialog->previewView()->model()->rowCount(), 6);

        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
        QTRY_VERIFY(!pane.importDialog());
        QCOMPARE(pane.recipientModel()->rowCount(), 3);
        QVERIFY(pane.recipientModel()->hasOwnAmounts());
        QVERIFY(!pane.recipientView()->isColumnHidden(RecipientListModel::AmountColumn));

        // One award per amount, each with its own key.
        pane.messageEdit()->setPlainText(QStringLiteral("Imported thanks"));
        QCOMPARE(pane.summaryText(),
                 QStringLiteral("3 award(s): 1 × 40 coins, 1 × 30 coins, 1 × 25 coins. Total 95 "
                                "coins to 3 recipient(s). Each award is below the approval "
                                "threshold of 500 coins: all are paid now."));
        const long long b14 = AwardFixture::balance(AwardFixture::member(14));
        const long long b15 = AwardFixture::balance(AwardFixture::member(15));
        const long long b18 = AwardFixture::balance(AwardFixture::member(18));
        QVERIFY(sendAndWait(pane));
        QVERIFY2(pane.errorText().isEmpty(), qPrintable(pane.errorText()));
        QCOMPARE(plain(pane.resultText()).count(QStringLiteral("Paid ")), 3);
        QCOMPARE(AwardFixture::balance(AwardFixture::member(14)), b14 + 30);
        QCOMPARE(AwardFixture::balance(AwardFixture::member(15)), b15 + 40);
        QCOMPARE(AwardFixture::balance(AwardFixture::member(18)), b18 + 25);
        QCOMPARE(AwardFixture::balance(AwardFixture::member(16)), 0);
        QCOMPARE(AwardFixture::count("SELECT count(DISTINCT idempotency_key) FROM "
                                     "gamification_admin_awards WHERE message = 'Imported thanks'"),
                 3);
    }

    void pastedListIsCheckedLineByLine()
    {
        Session session;
        QVERIFY(connectAs(QStringLiteral("awd_tenant_admin"), session));
        AwardsPane pane(session.backend.get(), session.identity);
        open(pane, tenantA());
        QVERIFY(pane.addRecipients({memberRecipient(19)}));
        pane.openPasteDialog();
        RecipientImportDialog *dialog = pane.importDialog();
        QVERIFY(dialog);
        dialog->setPastedText(
            QStringLiteral("member19@awards.test, Ada Admin <admin.a@awards.test>\n"
                           "nobody@awards.test; suspended@awards.test\n"
                           "member20@awards.test"));
        QVERIFY(waitChecked(dialog));
        QCOMPARE(dialog->checkModel()->rowCount(), 5);
        QCOMPARE(dialog->summaryText(),
                 QStringLiteral("2 to add; 3 skipped: 1 unknown user, 1 not a member of this "
                                "organisation, 1 duplicate."));
        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
        QTRY_VERIFY(!pane.importDialog());
        QCOMPARE(pane.recipientModel()->rowCount(), 3);
        QVERIFY(pane.recipientModel()->contains(AwardFixture::member(20)));
        QVERIFY(!pane.recipientModel()->hasOwnAmounts());
    }

    void systemAdminsSeeOtherTenantsUsersAsNonMembers()
    {
        // Row-level security hides other tenants' users from a tenant admin (they read as
        // unknown); a system admin sees them, and they are not members of this tenant.
        Session session;
        QVERIFY(connectAs(QStringLiteral("awd_sysadmin"), session));
        AwardsPane pane(session.backend.get(), session.identity);
        open(pane, tenantA());
        pane.openPasteDialog();
        RecipientImportDialog *dialog = pane.importDialog();
        QVERIFY(dialog);
        dialog->setPastedText(QStringLiteral("foreign@awards.test\nmember3@awards.test"));
        QVERIFY(waitChecked(dialog));
        QCOMPARE(dialog->checkModel()->rows().at(0).check, CheckedRecipient::Check::NotMember);
        QCOMPARE(dialog->checkModel()->rows().at(1).check, CheckedRecipient::Check::Ok);
        QCOMPARE(dialog->addButton()->text(), QStringLiteral("&Add 1 recipient(s), skip 1"));
        dialog->reject();
        QTRY_VERIFY(!pane.importDialog());
        QCOMPARE(pane.recipientModel()->rowCount(), 0);
    }

    void aDoubleSendPaysOnce()
    {
        Session session;
        QVERIFY(connectAs(QStringLiteral("awd_tenant_admin"), session));
        AwardsPane pane(session.backend.get(), session.identity);
        open(pane, tenantA());
        const long long before = AwardFixture::balance(AwardFixture::member(4));
        QVERIFY(pane.addRecipients({memberRecipient(4)}));
        pane.amountBox()->setValue(7);
        pane.messageEdit()->setPlainText(QStringLiteral("Double click test"));
        QSignalSpy finished(&pane, &AwardsPane::sendFinished);
        QTest::mouseClick(pane.sendButton(), Qt::LeftButton);
        QVERIFY(pane.isSending());
        QVERIFY(!pane.sendButton()->isEnabled()); // in flight
        QTest::mouseClick(pane.sendButton(), Qt::LeftButton);
        QTest::mouseDClick(pane.sendButton(), Qt::LeftButton);
        QTest::keyClick(pane.messageEdit(), Qt::Key_Return, Qt::ControlModifier);
        pane.send();
        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(AwardFixture::balance(AwardFixture::member(4)), before + 7);
        QCOMPARE(AwardFixture::count("SELECT count(*) FROM gamification_admin_awards WHERE "
                                     "message = 'Double click test'"),
                 1);
        QCOMPARE(pane.journal().entries().size(), 1);
        // And once done, Send has nothing left to send.
        QVERIFY(!pane.sendButton()->isEnabled());
    }

    void aLostAnswerIsSentAgainWithTheSameKey()
    {
        Session session;
        QVERIFY(connectAs(QStringLiteral("awd_tenant_admin"), session));
        test::LossyBackend lossy(session.backend.get());
        AwardsPane pane(&lossy, session.identity);
        open(pane, tenantA());
        const long long before = AwardFixture::balance(AwardFixture::member(5));
        QVERIFY(pane.addRecipients({memberRecipient(5)}));
        pane.amountBox()->setValue(11);
        pane.messageEdit()->setPlainText(QStringLiteral("Lost answer test"));
        lossy.loseNextAnswer();
        QVERIFY(sendAndWait(pane));
        // Paid on the server, but the console cannot know: the entry stays open.
        QCOMPARE(AwardFixture::balance(AwardFixture::member(5)), before + 11);
        QVERIFY2(pane.bannerText().contains(QStringLiteral("cannot tell whether it was paid")),
                 qPrintable(pane.bannerText()));
        QCOMPARE(pane.finishButton()->text(), QStringLiteral("&Send again"));
        QCOMPARE(pane.unfinished().size(), 1);
        const QString key = pane.unfinished().first().key;
        QVERIFY(pane.journal().entry(key)->isOpen());
        // Nothing typed is lost, and Send waits for the unfinished one.
        QCOMPARE(pane.recipientModel()->rowCount(), 1);
        QCOMPARE(pane.messageEdit()->toPlainText(), QStringLiteral("Lost answer test"));
        QVERIFY(!pane.sendButton()->isEnabled());

        QSignalSpy finished(&pane, &AwardsPane::sendFinished);
        QTest::mouseClick(pane.finishButton(), Qt::LeftButton);
        QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY2(plain(pane.resultText()).startsWith(QStringLiteral("Already applied")),
                 qPrintable(pane.resultText()));
        QVERIFY(pane.bannerText().isEmpty());
        QCOMPARE(lossy.sendCalls(), 2);
        QCOMPARE(AwardFixture::balance(AwardFixture::member(5)), before + 11);
        QCOMPARE(AwardFixture::count("SELECT count(*) FROM gamification_admin_awards WHERE "
                                     "idempotency_key = " +
                                     quoted(key)),
                 1);
        QCOMPARE(pane.journal().entry(key)->outcome, QStringLiteral("replayed"));
        QCOMPARE(pane.recipientModel()->rowCount(), 0);
    }

    void restartWithAnAwardThatHadArrived()
    {
        Session session;
        QVERIFY(connectAs(QStringLiteral("awd_tenant_admin"), session));
        const QString path = useFreshJournal();
        JournalEntry entry;
        entry.key = AwardJournal::newKey();
        entry.endpoint = session.backend->endpointKey();
        entry.tenantId = tenantA();
        entry.awardType = QStringLiteral("coins");
        entry.amount = 60;
        entry.message = QStringLiteral("Committed before the crash");
        entry.recipients = {AwardFixture::member(6), AwardFixture::member(8)};
        {
            AwardJournal journal(path);
            QVERIFY(journal.load());
            QVERIFY(journal.add({entry}));
        }
        // The call reached the server and committed; then DiceDesk "crashed".
        const std::optional<AwardOutcome> first = await(session.backend->sendAward(entry.draft()));
        QVERIFY(first && first->paid);
        const long long paid6 = AwardFixture::balance(AwardFixture::member(6));
        const long long paid8 = AwardFixture::balance(AwardFixture::member(8));

        AwardsPane pane(session.backend.get(), session.identity);
        open(pane, tenantA());
        QCOMPARE(pane.bannerText(),
                 QStringLiteral("An award of 60 coins to 2 recipient(s) was being sent when "
                                "DiceDesk stopped. Check and finish sends it again with the same "
                                "key: if it had arrived, nothing is paid twice."));
        QCOMPARE(pane.finishButton()->text(), QStringLiteral("&Check and finish"));
        QVERIFY(pane.addRecipients({memberRecipient(9)}));
        pane.messageEdit()->setPlainText(QStringLiteral("Something else"));
        QVERIFY(!pane.sendButton()->isEnabled());
        QCOMPARE(pane.hintText(),
                 QStringLiteral("Finish or discard the unfinished award above first."));

        QSignalSpy finished(&pane, &AwardsPane::sendFinished);
        QTest::mouseClick(pane.finishButton(), Qt::LeftButton);
        QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY2(plain(pane.resultText())
                     .startsWith(QStringLiteral("Already applied: 60 coins to 2 recipient(s) had "
                                                "been paid before; nothing new was paid. Show "
                                                "award")),
                 qPrintable(pane.resultText()));
        QCOMPARE(AwardFixture::balance(AwardFixture::member(6)), paid6);
        QCOMPARE(AwardFixture::balance(AwardFixture::member(8)), paid8);
        QSignalSpy showAward(&pane, &AwardsPane::showAwardRequested);
        Q_EMIT pane.resultLabel()->linkActivated(
            linkIn(pane.resultText(), QStringLiteral("award:")));
        QCOMPARE(showAward.first().first().toUuid(), first->awardId);
        // The form was not touched by finishing an earlier award.
        QCOMPARE(pane.recipientModel()->rowCount(), 1);
        QVERIFY(pane.sendButton()->isEnabled());
        QCOMPARE(pane.journal().entry(entry.key)->outcome, QStringLiteral("replayed"));
    }

    void restartWithAnAwardThatNeverArrived()
    {
        Session session;
        QVERIFY(connectAs(QStringLiteral("awd_tenant_admin"), session));
        const QString path = useFreshJournal();
        JournalEntry entry;
        entry.key = AwardJournal::newKey();
        entry.endpoint = session.backend->endpointKey();
        entry.tenantId = tenantA();
        entry.awardType = QStringLiteral("coins");
        entry.amount = 40;
        entry.message = QStringLiteral("Crashed before the call");
        entry.recipients = {AwardFixture::member(10), AwardFixture::member(11)};
        JournalEntry elsewhere = entry;
        elsewhere.key = AwardJournal::newKey();
        elsewhere.endpoint = QStringLiteral("someone @ another server");
        {
            AwardJournal journal(path);
            QVERIFY(journal.load());
            QVERIFY(journal.add({entry, elsewhere}));
        }
        const long long before10 = AwardFixture::balance(AwardFixture::member(10));
        const long long before11 = AwardFixture::balance(AwardFixture::member(11));
        {
            AwardsPane pane(session.backend.get(), session.identity);
            open(pane, tenantA());
            QCOMPARE(pane.unfinished().size(), 1); // not the other server's
            QSignalSpy finished(&pane, &AwardsPane::sendFinished);
            QTest::mouseClick(pane.finishButton(), Qt::LeftButton);
            QVERIFY(finished.wait(kTimeoutMs));
            QVERIFY2(plain(pane.resultText())
                         .startsWith(QStringLiteral("Paid 40 coins to 2 recipient(s). Show award")),
                     qPrintable(pane.resultText()));
        }
        QCOMPARE(AwardFixture::balance(AwardFixture::member(10)), before10 + 40);
        QCOMPARE(AwardFixture::balance(AwardFixture::member(11)), before11 + 40);
        QCOMPARE(AwardFixture::count("SELECT count(*) FROM gamification_admin_awards WHERE "
                                     "idempotency_key = " +
                                     quoted(entry.key)),
                 1);
        // Started again: nothing left to finish.
        AwardsPane again(session.backend.get(), session.identity);
        open(again, tenantA());
        QVERIFY(again.bannerText().isEmpty());
        QVERIFY(again.unfinished().isEmpty());
    }

    void discardForgetsAnUnfinishedAward()
    {
        Session session;
        QVERIFY(connectAs(QStringLiteral("awd_tenant_admin"), session));
        const QString path = useFreshJournal();
        JournalEntry entry;
        entry.key = AwardJournal::newKey();
        entry.endpoint = session.backend->endpointKey();
        entry.tenantId = tenantA();
        entry.awardType = QStringLiteral("xp");
        entry.amount = 5;
        entry.message = QStringLiteral("Never mind");
        entry.recipients = {AwardFixture::member(1)};
        {
            AwardJournal journal(path);
            QVERIFY(journal.load());
            QVERIFY(journal.add({entry}));
        }
        AwardsPane pane(session.backend.get(), session.identity);
        open(pane, tenantA());
        QVERIFY(!pane.bannerText().isEmpty());
        QTest::mouseClick(pane.discardButton(), Qt::LeftButton);
        QVERIFY(pane.bannerText().isEmpty());
        QCOMPARE(pane.journal().entry(entry.key)->outcome, QStringLiteral("discarded"));
        QCOMPARE(AwardFixture::count("SELECT count(*) FROM gamification_admin_awards WHERE "
                                     "idempotency_key = " +
                                     quoted(entry.key)),
                 0);
    }

    void aRefusedAwardKeepsTheForm()
    {
        Session session;
        QVERIFY(connectAs(QStringLiteral("awd_tenant_admin"), session));
        AwardsPane pane(session.backend.get(), session.identity);
        open(pane, tenantA());
        QVERIFY(pane.addRecipients({memberRecipient(17)}));
        pane.amountBox()->setValue(3);
        pane.messageEdit()->setPlainText(QStringLiteral("Refused by the database"));
        // Member 17 leaves between choosing and sending.
        AwardFixture::exec(
            "UPDATE user_tenant_memberships SET status = 'suspended' WHERE user_id = " +
            uuidSql(AwardFixture::member(17)) + " AND tenant_id = " + uuidSql(tenantA()));
        QVERIFY(sendAndWait(pane));
        QVERIFY2(pane.errorText().startsWith(QStringLiteral("The award was not sent:")),
                 qPrintable(pane.errorText()));
        QVERIFY(pane.resultText().isEmpty());
        QVERIFY(pane.bannerText().isEmpty());
        QCOMPARE(pane.recipientModel()->rowCount(), 1);
        QCOMPARE(pane.messageEdit()->toPlainText(), QStringLiteral("Refused by the database"));
        const JournalEntry entry = pane.journal().entries().constFirst();
        QCOMPARE(entry.outcome, QStringLiteral("failed"));
        QVERIFY(pane.sendButton()->isEnabled()); // a new try gets a new key
        AwardFixture::exec("UPDATE user_tenant_memberships SET status = 'active' WHERE user_id = " +
                           uuidSql(AwardFixture::member(17)) +
                           " AND tenant_id = " + uuidSql(tenantA()));
        QVERIFY(sendAndWait(pane));
        QVERIFY2(pane.errorText().isEmpty(), qPrintable(pane.errorText()));
        QCOMPARE(AwardFixture::balance(AwardFixture::member(17)), 3);
        QCOMPARE(pane.journal().entries().size(), 2);
        QVERIFY(pane.journal().entries().at(0).key != pane.journal().entries().at(1).key);
    }

    void messageRules()
    {
        Session session;
        QVERIFY(connectAs(QStringLiteral("awd_tenant_admin"), session));
        AwardsPane pane(session.backend.get(), session.identity);
        open(pane, tenantA());
        QVERIFY(pane.addRecipients({memberRecipient(1)}));
        pane.messageEdit()->setPlainText(QString(1001, QLatin1Char('x')));
        QVERIFY(!pane.sendButton()->isEnabled());
        QCOMPARE(
            pane.hintText(),
            QStringLiteral("The message is 1,001 characters long; at most 1,000 are allowed."));
        QCOMPARE(pane.counterText(), QStringLiteral("1,001 / 1,000"));
        pane.messageEdit()->setPlainText(QString(1000, QLatin1Char('x')));
        QVERIFY(pane.sendButton()->isEnabled());
        pane.messageEdit()->setPlainText(QStringLiteral("   \n  "));
        QVERIFY(!pane.sendButton()->isEnabled());
        pane.messageEdit()->setPlainText(QStringLiteral("a") + QChar(0) + QStringLiteral("b"));
        QCOMPARE(pane.messageEdit()->toPlainText(), QStringLiteral("ab"));
        QVERIFY(pane.sendButton()->isEnabled());
    }

    void achievementsNeedNoApproval()
    {
        Session session;
        QVERIFY(connectAs(QStringLiteral("awd_tenant_admin"), session));
        AwardsPane pane(session.backend.get(), session.identity);
        open(pane, tenantA());
        QList<Recipient> all;
        for (int n = 1; n <= AwardFixture::memberCount; ++n)
            all.append(memberRecipient(n));
        QVERIFY(pane.addRecipients(all));
        pane.setAwardType(QStringLiteral("achievement"));
        pane.achievementBox()->setCurrentIndex(pane.achievementBox()->findData(
            QUuid::fromString(QLatin1String(AwardFixture::achievementHelper))));
        pane.messageEdit()->setPlainText(QStringLiteral("Helper of the month"));
        QCOMPARE(pane.summaryText(),
                 QStringLiteral("“Helper” to 20 recipient(s). Awarded now: achievements never need "
                                "approval."));
        QVERIFY(sendAndWait(pane));
        QVERIFY2(pane.errorText().isEmpty(), qPrintable(pane.errorText()));
        QVERIFY2(plain(pane.resultText()).startsWith(QStringLiteral("Awarded “Helper” to 20")),
                 qPrintable(pane.resultText()));
        QCOMPARE(AwardFixture::count("SELECT count(*) FROM gamification_admin_awards WHERE "
                                     "award_type = 'achievement' AND message = 'Helper of the "
                                     "month' AND recipient_count = 20"),
                 1);
    }

    void addAllActiveMembers()
    {
        Session session;
        QVERIFY(connectAs(QStringLiteral("awd_tenant_admin"), session));
        AwardsPane pane(session.backend.get(), session.identity);
        open(pane, tenantA());
        QVERIFY(pane.addRecipients({memberRecipient(1)}));
        QSignalSpy inserted(pane.recipientModel(), &QAbstractItemModel::rowsInserted);
        QTest::mouseClick(pane.addAllButton(), Qt::LeftButton);
        QVERIFY(pane.progressStrip()->isBusy());
        QVERIFY(inserted.wait(kTimeoutMs));
        const long long active = AwardFixture::count("SELECT count(*) FROM user_tenant_memberships "
                                                     "WHERE status = 'active' AND tenant_id = " +
                                                     uuidSql(tenantA()));
        QCOMPARE(pane.recipientModel()->rowCount(), active);
        QVERIFY(!pane.progressStrip()->isBusy());
        QVERIFY(pane.errorText().contains(QStringLiteral("were on the list already")));
    }

    void tenThousandRecipientsFromACsvFile()
    {
        Session session;
        QVERIFY(connectAs(QStringLiteral("awd_sysadmin"), session));
        AwardsPane pane(session.backend.get(), session.identity);
        open(pane, tenantCrowd());
        // A 10 MB file: each line carries a long quoted note with commas and quotes.
        const QString note = QStringLiteral("\"Thanks, \"\"crowd\"\" — ") +
                             QString(1000, QLatin1Char('x')) + QStringLiteral("\"");
        QString text = QStringLiteral("email,note\r\n");
        text.reserve(AwardFixture::crowdCount * (note.size() + 40));
        for (int n = 1; n <= AwardFixture::crowdCount; ++n)
            text += AwardFixture::crowdEmail(n) + QLatin1Char(',') + note + QStringLiteral("\r\n");
        const QString path = m_dir.filePath(QStringLiteral("crowd.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text.toUtf8());
        }
        QVERIFY(QFileInfo(path).size() > 10 * 1000 * 1000);
        QElapsedTimer timer;
        timer.start();
        pane.importCsvFile(path);
        RecipientImportDialog *dialog = pane.importDialog();
        QVERIFY(dialog);
        // Read and parsed on a worker thread: the GUI thread is back at once.
        QVERIFY(dialog->isBusy());
        QVERIFY(waitChecked(dialog));
        qInfo("10,000 lines read and checked in %lld ms", timer.elapsed());
        QCOMPARE(dialog->checkModel()->counts().ok, AwardFixture::crowdCount);
        QCOMPARE(dialog->addButton()->text(), QStringLiteral("&Add 10,000 recipient(s), skip 0"));
        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
        QTRY_VERIFY(!pane.importDialog());
        QCOMPARE(pane.recipientModel()->rowCount(), AwardFixture::crowdCount);

        // The list is full: one more is refused, with a clear word.
        Recipient extra = memberRecipient(1);
        QVERIFY(!pane.addRecipients({extra}));
        QCOMPARE(pane.errorText(),
                 QStringLiteral("An award can have at most 10,000 recipients; adding these would "
                                "make 10,001. Nothing was added."));
        QCOMPARE(pane.recipientModel()->rowCount(), AwardFixture::crowdCount);

        pane.amountBox()->setValue(2);
        pane.messageEdit()->setPlainText(QStringLiteral("Crowd bonus"));
        QVERIFY(pane.summaryText().startsWith(
            QStringLiteral("Total 20,000 coins to 10,000 recipient(s).")));
        timer.restart();
        QVERIFY(sendAndWait(pane));
        qInfo("10,000-recipient award sent and shown in %lld ms", timer.elapsed());
        QVERIFY2(pane.errorText().isEmpty(), qPrintable(pane.errorText()));
        QCOMPARE(AwardFixture::count("SELECT count(*) FROM gamification_admin_award_recipients r "
                                     "JOIN gamification_admin_awards a ON a.id = r.award_id "
                                     "WHERE a.message = 'Crowd bonus'"),
                 AwardFixture::crowdCount);
        QCOMPARE(AwardFixture::balance(AwardFixture::crowd(1), AwardFixture::tenantCrowd), 2);
        QCOMPARE(AwardFixture::balance(AwardFixture::crowd(10000), AwardFixture::tenantCrowd), 2);
        QCOMPARE(pane.recipientModel()->rowCount(), 0);
    }
};

QTEST_MAIN(TestAwardsGui)
#include "tst_awards_gui.moc"
