// The parts of the awards pane that need no database: the CSV reader, the recipient checks,
// the recipient list and preview models, the award plan and its summary, and the local
// idempotency journal (durability, a corrupt file, pruning, two writers).
#include "awards/AwardJournal.h"
#include "awards/AwardPlan.h"
#include "awards/CsvReader.h"
#include "awards/MemberHitModel.h"
#include "awards/RecipientCheck.h"
#include "awards/RecipientCheckModel.h"
#include "awards/RecipientListModel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dicedesk;
using Check = CheckedRecipient::Check;

namespace {

QUuid userId(int n)
{
    return QUuid::fromString(
        QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

Recipient recipient(int n, int amount = 0)
{
    Recipient r;
    r.userId = userId(n);
    r.displayName = QStringLiteral("User %1").arg(n);
    r.email = QStringLiteral("user%1@example.test").arg(n);
    r.amount = amount;
    return r;
}

RecipientResolution member(const QString &input, int n)
{
    RecipientResolution resolution;
    resolution.input = input;
    resolution.status = RecipientResolution::Status::Member;
    resolution.userId = userId(n);
    resolution.displayName = QStringLiteral("User %1").arg(n);
    resolution.email = QStringLiteral("user%1@example.test").arg(n);
    return resolution;
}

JournalEntry journalEntry(const QString &endpoint, int recipients = 3)
{
    JournalEntry entry;
    entry.key = AwardJournal::newKey();
    entry.endpoint = endpoint;
    entry.tenantId = QUuid::fromString(QStringLiteral("a0000000-0000-4000-8000-00000000000a"));
    entry.awardType = QStringLiteral("coins");
    entry.amount = 50;
    entry.message = QStringLiteral("Thanks for the summer camp");
    for (int i = 1; i <= recipients; ++i)
        entry.recipients.append(userId(i));
    return entry;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestAwardUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // --- CSV reader -------------------------------------------------------------------

    void csvQuotedFieldsAndLineEnds()
    {
        const QString text = QStringLiteral("name,email,amount\r\n"
                                            "\"Doe, Jane\",jane@example.test,50\r\n"
                                            "\r\n"
                                            "\"Says \"\"hi\"\"\",hi@example.test,7\n"
                                            ",,\n"
                                            "\"Two\nlines\",two@example.test,3\r"
                                            "last@example.test");
        const CsvTable table = CsvReader::parse(text, u',');
        QCOMPARE(table.rows.size(), 5);
        QCOMPARE(table.rows.at(1),
                 (QStringList{QStringLiteral("Doe, Jane"), QStringLiteral("jane@example.test"),
                              QStringLiteral("50")}));
        QCOMPARE(table.rows.at(2).at(0), QStringLiteral("Says \"hi\""));
        QCOMPARE(table.rows.at(3).at(0), QStringLiteral("Two\nlines"));
        QCOMPARE(table.rows.at(4), QStringList{QStringLiteral("last@example.test")});
        // The empty line and the row of empty fields are left out; lines stay true.
        QCOMPARE(table.lines, (QList<int>{1, 2, 4, 6, 8}));
        QCOMPARE(table.columnCount, 3);
        QVERIFY(!table.unterminatedQuote);
        QVERIFY(!table.removedNul);
    }

    void csvUnterminatedQuoteAndNul()
    {
        const CsvTable table = CsvReader::parse(QStringLiteral("a@x.test,1\n\"b@x.test,2"), u',');
        QVERIFY(table.unterminatedQuote);
        QCOMPARE(table.rows.size(), 2);

        bool removed = false;
        const QString text = CsvReader::decode(QByteArray("a@x.test\0,1\n", 12), &removed);
        QVERIFY(removed);
        QCOMPARE(text, QStringLiteral("a@x.test,1\n"));
        const CsvTable nul = CsvReader::parse(QStringView(u"a\0b,1", 5), u',');
        QVERIFY(nul.removedNul);
        QCOMPARE(nul.rows.at(0).at(0), QStringLiteral("ab"));
    }

    void csvDecodesByteOrderMarksAndLegacyBytes()
    {
        QCOMPARE(CsvReader::decode(QByteArray("\xEF\xBB\xBF"
                                              "email\n")),
                 QStringLiteral("email\n"));
        const QByteArray utf16("\xFF\xFE"
                               "e\0m\0\n\0",
                               8);
        QCOMPARE(CsvReader::decode(utf16), QStringLiteral("em\n"));
        // Not UTF-8: read as Windows-1252 / Latin-1, not replacement characters.
        QCOMPARE(CsvReader::decode(QByteArray("Ren\xE9")), QStringLiteral("René"));
        QCOMPARE(CsvReader::decode(QByteArray("Ren\xC3\xA9")), QStringLiteral("René"));
    }

    void csvDetectsTheDelimiter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("comma") << QStringLiteral("a,b,c\n1,2,3\n4,5,6\n") << QChar(u',');
        QTest::newRow("semicolon, commas quoted")
            << QStringLiteral("name;email\n\"Doe, J\";j@x\n\"Roe, K\";k@x\n") << QChar(u';');
        QTest::newRow("semicolon with decimal commas")
            << QStringLiteral("email;amount\na@x;1,5\nb@x;2,5\nc@x;3\n") << QChar(u';');
        QTest::newRow("tab") << QStringLiteral("email\tamount\na@x\t5\nb@x\t6\n") << QChar(u'\t');
        QTest::newRow("one column") << QStringLiteral("a@x\nb@x\n") << QChar(u',');
        QTest::newRow("empty") << QString() << QChar(u',');
    }

    void csvDetectsTheDelimiter()
    {
        QFETCH(QString, text);
        QFETCH(QChar, delimiter);
        QCOMPARE(CsvReader::detectDelimiter(text), delimiter);
    }

    void csvReadsTenMegabytes()
    {
        QString text;
        text.reserve(11 * 1024 * 1024);
        text += QStringLiteral("email;amount;note\r\n");
        int rows = 0;
        while (text.size() < 10 * 1024 * 1024) {
            text += QStringLiteral("user%1@example.test;%2;\"note; with \"\"quotes\"\"\"\r\n")
                        .arg(rows)
                        .arg(1 + rows % 1000);
            ++rows;
        }
        QCOMPARE(CsvReader::detectDelimiter(text), QChar(u';'));
        const CsvTable table = CsvReader::parse(text, u';');
        QCOMPARE(table.rows.size(), rows + 1);
        QCOMPARE(table.rows.last().at(0), QStringLiteral("user%1@example.test").arg(rows - 1));
        QCOMPARE(table.rows.last().at(2), QStringLiteral("note; with \"quotes\""));
    }

    // --- recipient checks -------------------------------------------------------------

    void amountsAreWholeNumbersInRange_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected"); // 0: refused
        QTest::newRow("one") << QStringLiteral("1") << 1;
        QTest::newRow("spaces") << QStringLiteral("  42 ") << 42;
        QTest::newRow("plus") << QStringLiteral("+7") << 7;
        QTest::newRow("grouped") << QStringLiteral("1 000") << 1000;
        QTest::newRow("no-break grouped") << QStringLiteral("1\u00a0000") << 1000;
        QTest::newRow("maximum") << QStringLiteral("1000000") << 1000000;
        QTest::newRow("above") << QStringLiteral("1000001") << 0;
        QTest::newRow("huge") << QStringLiteral("99999999999999999999") << 0;
        QTest::newRow("zero") << QStringLiteral("0") << 0;
        QTest::newRow("negative") << QStringLiteral("-5") << 0;
        QTest::newRow("decimal") << QStringLiteral("12.5") << 0;
        QTest::newRow("comma") << QStringLiteral("1,000") << 0;
        QTest::newRow("exponent") << QStringLiteral("1e3") << 0;
        QTest::newRow("word") << QStringLiteral("ten") << 0;
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("full-width digits") << QStringLiteral("１２") << 0;
    }

    void amountsAreWholeNumbersInRange()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        const std::optional<int> amount = RecipientCheck::parseAmount(text);
        QCOMPARE(amount.value_or(0), expected);
    }

    void inputsAreNormalized()
    {
        QCOMPARE(RecipientCheck::normalizedInput(QStringLiteral("  Ada@Example.test ")),
                 QStringLiteral("Ada@Example.test"));
        QCOMPARE(RecipientCheck::normalizedInput(QStringLiteral("Ada Admin <ada@example.test>")),
                 QStringLiteral("ada@example.test"));
        QCOMPARE(RecipientCheck::normalizedInput(
                     QStringLiteral("{A0000000-0000-4000-8000-00000000000A}")),
                 QStringLiteral("a0000000-0000-4000-8000-00000000000a"));
        QCOMPARE(RecipientCheck::inputKey(QStringLiteral("ADA@example.TEST")),
                 RecipientCheck::inputKey(QStringLiteral("ada@EXAMPLE.test")));
        QVERIFY(RecipientCheck::looksLikeRecipient(QStringLiteral("a@b.c")));
        QVERIFY(RecipientCheck::looksLikeRecipient(userId(3).toString()));
        QVERIFY(!RecipientCheck::looksLikeRecipient(QStringLiteral("Ada Admin")));
    }

    void pastedListsSplitOnSeparators()
    {
        const QList<RecipientInput> inputs = RecipientCheck::splitPasted(
            QStringLiteral("a@x.test\r\nb@x.test, c@x.test;d@x.test\n\n\te@x.test ;;\n"));
        QCOMPARE(inputs.size(), 5);
        QCOMPARE(inputs.at(0).recipient, QStringLiteral("a@x.test"));
        QCOMPARE(inputs.at(3).recipient, QStringLiteral("d@x.test"));
        QCOMPARE(inputs.at(4).recipient, QStringLiteral("e@x.test"));
        QCOMPARE(inputs.at(0).line, 1);
        QCOMPARE(inputs.at(2).line, 2);
        QCOMPARE(inputs.at(4).line, 4);
    }

    void eachLineIsCheckedOnce()
    {
        const QList<RecipientInput> inputs{
            {2, QStringLiteral("one@example.test"), QStringLiteral("50")},
            {3, QStringLiteral("nobody@example.test"), QStringLiteral("50")},
            {4, QStringLiteral("foreign@example.test"), QStringLiteral("50")},
            {5, userId(1).toString(), QStringLiteral("60")}, // one@ again, by id
            {6, QStringLiteral("two@example.test"), QStringLiteral("abc")},
            {7, QStringLiteral("two@example.test"), QStringLiteral("20")}, // first was bad
            {8, QString(), QStringLiteral("5")},
            {9, QStringLiteral("listed@example.test"), QStringLiteral("5")},
            {10, QStringLiteral("THREE@example.test"), QStringLiteral("0")},
        };
        QHash<QString, RecipientResolution> resolved;
        resolved.insert(RecipientCheck::inputKey(QStringLiteral("one@example.test")),
                        member(QStringLiteral("one@example.test"), 1));
        resolved.insert(RecipientCheck::inputKey(userId(1).toString()),
                        member(userId(1).toString(), 1));
        RecipientResolution unknown;
        unknown.status = RecipientResolution::Status::Unknown;
        resolved.insert(RecipientCheck::inputKey(QStringLiteral("nobody@example.test")), unknown);
        RecipientResolution foreign = member(QStringLiteral("foreign@example.test"), 9);
        foreign.status = RecipientResolution::Status::NotMember;
        resolved.insert(RecipientCheck::inputKey(QStringLiteral("foreign@example.test")), foreign);
        resolved.insert(RecipientCheck::inputKey(QStringLiteral("two@example.test")),
                        member(QStringLiteral("two@example.test"), 2));
        resolved.insert(RecipientCheck::inputKey(QStringLiteral("listed@example.test")),
                        member(QStringLiteral("listed@example.test"), 4));
        resolved.insert(RecipientCheck::inputKey(QStringLiteral("three@example.test")),
                        member(QStringLiteral("three@example.test"), 3));

        QCOMPARE(RecipientCheck::distinctInputs(inputs).size(), 7);

        const QList<CheckedRecipient> rows =
            RecipientCheck::check(inputs, true, resolved, QSet<QUuid>{userId(4)});
        const QList<Check> expected{Check::Ok,        Check::Unknown,   Check::NotMember,
                                    Check::Duplicate, Check::BadAmount, Check::Ok,
                                    Check::Missing,   Check::Duplicate, Check::BadAmount};
        QCOMPARE(rows.size(), expected.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            QVERIFY2(rows.at(i).check == expected.at(i), qPrintable(QString::number(i)));
        QCOMPARE(rows.at(0).amount, 50);
        QCOMPARE(rows.at(5).amount, 20);
        QCOMPARE(rows.at(5).line, 7);

        const CheckCounts counts = RecipientCheck::count(rows);
        QCOMPARE(counts.ok, 2);
        QCOMPARE(counts.skipped(), 7);
        QCOMPARE(RecipientCheck::countsText(counts),
                 QStringLiteral("2 to add; 7 skipped: 1 unknown user, 1 not a member of this "
                                "organisation, 2 duplicate, 2 bad amount, 1 no recipient."));

        // Without an amount column the amount cells do not matter.
        const QList<CheckedRecipient> plain = RecipientCheck::check(inputs, false, resolved, {});
        QCOMPARE(plain.at(4).check, Check::Ok);
        QCOMPARE(plain.at(5).check, Check::Duplicate);
        QCOMPARE(plain.at(4).amount, 0);
    }

    void csvRowsFollowTheMapping()
    {
        const CsvTable table = CsvReader::parse(
            QStringLiteral("Name;E-mail;Coins\nAda;ada@x.test;5\nBo;bo@x.test;6\n"), u';');
        const CsvColumnGuess guess = RecipientCheck::guessColumns(table);
        QVERIFY(guess.header);
        QCOMPARE(guess.recipientColumn, 1);
        QCOMPARE(guess.amountColumn, 2);
        const QList<RecipientInput> inputs =
            RecipientCheck::fromCsv(table, guess.header, guess.recipientColumn, guess.amountColumn);
        QCOMPARE(inputs.size(), 2);
        QCOMPARE(inputs.at(1).recipient, QStringLiteral("bo@x.test"));
        QCOMPARE(inputs.at(1).amountText, QStringLiteral("6"));
        QCOMPARE(inputs.at(1).line, 3);

        const CsvTable bare = CsvReader::parse(QStringLiteral("ada@x.test,5\nbo@x.test,6\n"), u',');
        const CsvColumnGuess bareGuess = RecipientCheck::guessColumns(bare);
        QVERIFY(!bareGuess.header);
        QCOMPARE(bareGuess.recipientColumn, 0);
        QCOMPARE(bareGuess.amountColumn, -1);
        QCOMPARE(RecipientCheck::fromCsv(bare, false, 0, -1).size(), 2);
    }

    // --- models -----------------------------------------------------------------------

    void recipientListHoldsTenThousand()
    {
        RecipientListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Recipient> many;
        for (int i = 1; i <= RecipientListModel::kMaxRecipients; ++i)
            many.append(recipient(i));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        RecipientListModel::AddResult result = model.add(many);
        QCOMPARE(result.added, RecipientListModel::kMaxRecipients);
        QVERIFY(!result.refused);
        QCOMPARE(inserted.count(), 1); // one model change, not ten thousand
        QCOMPARE(model.rowCount(), RecipientListModel::kMaxRecipients);

        // Already listed: nothing new, nothing refused.
        result = model.add({recipient(1), recipient(2)});
        QCOMPARE(result.added, 0);
        QCOMPARE(result.alreadyListed, 2);
        QVERIFY(!result.refused);
        // One more is refused whole, with the size it would have had.
        result = model.add({recipient(3), recipient(20001)});
        QVERIFY(result.refused);
        QCOMPARE(result.wouldBe, RecipientListModel::kMaxRecipients + 1);
        QCOMPARE(model.rowCount(), RecipientListModel::kMaxRecipients);
        QVERIFY(!model.contains(userId(20001)));

        // Scattered removal (more ranges than the model removes one by one).
        QList<int> odd;
        for (int row = 1; row < 400; row += 2)
            odd.append(row);
        model.removeRowsAt(odd);
        QCOMPARE(model.rowCount(), RecipientListModel::kMaxRecipients - 200);
        QVERIFY(model.contains(userId(1)));
        QVERIFY(!model.contains(userId(2)));
        QCOMPARE(model.index(1, 0).data(RecipientListModel::UserIdRole).toUuid(), userId(3));
        // A few ranges, in any order, with duplicates.
        model.removeRowsAt({5, 0, 5, 1, 2});
        QVERIFY(!model.contains(userId(1)));
        QCOMPARE(model.rowCount(), RecipientListModel::kMaxRecipients - 204);
        model.removeUsers({userId(401), userId(9999)});
        QVERIFY(!model.contains(userId(9999)));
        QCOMPARE(model.rowCount(), RecipientListModel::kMaxRecipients - 206);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void recipientListShowsOwnAmounts()
    {
        RecipientListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Recipient withBalance = recipient(1);
        withBalance.coinBalance = 1234;
        withBalance.balanceKnown = true;
        model.add({withBalance, recipient(2, 75)});
        QVERIFY(model.hasOwnAmounts());
        QCOMPARE(model.index(0, RecipientListModel::BalanceColumn).data().toString(),
                 QStringLiteral("1,234"));
        QCOMPARE(model.index(1, RecipientListModel::BalanceColumn).data().toString(), QString());
        QCOMPARE(model.index(1, RecipientListModel::AmountColumn).data().toString(),
                 QStringLiteral("75"));
        QCOMPARE(model.index(1, 0).data(RecipientListModel::OwnAmountRole).toInt(), 75);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("User 1"));
        model.removeUsers({userId(2)});
        QVERIFY(!model.hasOwnAmounts());
    }

    void hitAndPreviewModels()
    {
        MemberHitModel hits;
        QAbstractItemModelTester hitTester(&hits,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        hits.setHits({MemberHit{userId(1), QStringLiteral("Ada"), QStringLiteral("ada@x"), 1500}});
        QCOMPARE(hits.rowCount(), 1);
        QCOMPARE(hits.index(0, MemberHitModel::BalanceColumn).data().toString(),
                 QStringLiteral("1,500"));
        const Recipient chosen = hits.recipientAt(0);
        QCOMPARE(chosen.userId, userId(1));
        QVERIFY(chosen.balanceKnown);
        hits.clear();
        QCOMPARE(hits.rowCount(), 0);

        RecipientCheckModel preview;
        QAbstractItemModelTester previewTester(
            &preview, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CheckedRecipient ok;
        ok.line = 2;
        ok.input = QStringLiteral("ada@x");
        ok.check = Check::Ok;
        ok.userId = userId(1);
        ok.amount = 40;
        ok.amountText = QStringLiteral("40");
        CheckedRecipient bad;
        bad.line = 3;
        bad.input = QStringLiteral("bo@x");
        bad.check = Check::BadAmount;
        bad.amountText = QStringLiteral("x");
        preview.setRows({ok, bad}, true);
        QCOMPARE(preview.counts().ok, 1);
        QCOMPARE(preview.index(1, RecipientCheckModel::CheckColumn).data().toString(),
                 QStringLiteral("bad amount"));
        QVERIFY(!preview.index(1, 0).data(RecipientCheckModel::OkRole).toBool());
        const QList<Recipient> accepted = preview.acceptedRecipients();
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(accepted.at(0).amount, 40);
        preview.setRows({ok}, false);
        QCOMPARE(preview.acceptedRecipients().at(0).amount, 0);
    }

    // --- the plan and its summary -----------------------------------------------------

    void planSaysPaidOrRequest()
    {
        QList<Recipient> list;
        for (int i = 1; i <= 120; ++i)
            list.append(recipient(i));
        AwardPlan plan = AwardPlan::make(list, QStringLiteral("coins"), 50, 500, false);
        QCOMPARE(plan.groups.size(), 1);
        QCOMPARE(plan.total, 6000);
        QCOMPARE(plan.requestCount(), 1);
        QCOMPARE(plan.summaryText(),
                 QStringLiteral("Total 6,000 coins to 120 recipient(s). At or above the approval "
                                "threshold of 500 coins: this becomes a request for a system "
                                "admin."));
        plan = AwardPlan::make(list.mid(0, 9), QStringLiteral("coins"), 50, 500, false);
        QCOMPARE(plan.requestCount(), 0);
        QVERIFY(plan.summaryText().endsWith(
            QStringLiteral("Below the approval threshold of 500 coins: paid now.")));
        // Exactly at the threshold is a request.
        plan = AwardPlan::make(list.mid(0, 10), QStringLiteral("xp"), 50, 500, false);
        QCOMPARE(plan.requestCount(), 1);
        QVERIFY(plan.summaryText().startsWith(QStringLiteral("Total 500 XP")));
        // System admins are never held; achievements never need approval.
        plan = AwardPlan::make(list, QStringLiteral("coins"), 50, 500, true);
        QCOMPARE(plan.requestCount(), 0);
        QVERIFY(plan.summaryText().contains(QStringLiteral("system admins are not held")));
        plan = AwardPlan::make(list, QStringLiteral("achievement"), 50, 1, false,
                               QStringLiteral("Helper"));
        QCOMPARE(plan.groups.size(), 1);
        QCOMPARE(plan.groups.first().amount, 1);
        QCOMPARE(plan.requestCount(), 0);
        QCOMPARE(plan.summaryText(),
                 QStringLiteral("“Helper” to 120 recipient(s). Awarded now: achievements never "
                                "need approval."));
        // Unknown threshold: the database decides.
        plan = AwardPlan::make(list, QStringLiteral("coins"), 50, std::nullopt, false);
        QVERIFY(plan.summaryText().contains(QStringLiteral("database decides")));
        QVERIFY(AwardPlan::make({}, QStringLiteral("coins"), 5, 500, false).isEmpty());
    }

    void planGroupsOwnAmounts()
    {
        QList<Recipient> list;
        for (int i = 1; i <= 120; ++i)
            list.append(recipient(i, 50));
        for (int i = 121; i <= 130; ++i)
            list.append(recipient(i, 100));
        list.append(recipient(131));    // the award's amount: 5
        list.append(recipient(132, 5)); // the same amount by its own
        const AwardPlan plan = AwardPlan::make(list, QStringLiteral("coins"), 5, 500, false);
        QCOMPARE(plan.groups.size(), 3);
        QCOMPARE(plan.groups.at(0).amount, 50);
        QCOMPARE(plan.groups.at(0).recipients.size(), 120);
        QCOMPARE(plan.groups.at(1).amount, 100);
        QCOMPARE(plan.groups.at(2).amount, 5);
        QCOMPARE(plan.groups.at(2).recipients.size(), 2);
        QCOMPARE(plan.total, 6000 + 1000 + 10);
        QCOMPARE(plan.requestCount(), 2);
        QCOMPARE(plan.summaryText(),
                 QStringLiteral("3 award(s): 120 × 50 coins, 10 × 100 coins, 2 × 5 coins. Total "
                                "7,010 coins to 132 recipient(s). At or above the approval "
                                "threshold of 500 coins, so requests for a system admin: 120 × "
                                "50 coins, 10 × 100 coins. The others are paid now."));
    }

    // --- the journal ------------------------------------------------------------------

    void journalKeysSuitTheDatabase()
    {
        const QString key = AwardJournal::newKey();
        QVERIFY(key.startsWith(QStringLiteral("dd-award-")));
        QVERIFY(!QUuid::fromString(key.mid(9)).isNull());
        // dicedesk_check_key: 8 to 160 of letters, digits and ._:@/+=-
        static const QRegularExpression allowed(
            QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:@/+=-]{7,159}$"));
        QVERIFY(allowed.match(key).hasMatch());
        QVERIFY(key != AwardJournal::newKey());
    }

    void journalEntriesSurviveAReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/award-journal.json"));
        JournalEntry first = journalEntry(QStringLiteral("ada @ local"));
        first.achievementId = userId(77);
        first.achievementName = QStringLiteral("Helper");
        const JournalEntry other = journalEntry(QStringLiteral("bo @ elsewhere"), 1);
        {
            AwardJournal journal(path);
            QVERIFY(journal.load());
            QVERIFY2(journal.add({first, other}), qPrintable(journal.errorString()));
            // On disk before add() returns: a crash right after still finds it.
            QVERIFY(readAll(path).contains(first.key.toUtf8()));
        }
        AwardJournal reopened(path);
        QVERIFY(reopened.load());
        const QList<JournalEntry> open = reopened.openEntries(QStringLiteral("ada @ local"));
        QCOMPARE(open.size(), 1);
        const JournalEntry &entry = open.first();
        QCOMPARE(entry.key, first.key);
        QCOMPARE(entry.tenantId, first.tenantId);
        QCOMPARE(entry.recipients, first.recipients);
        QCOMPARE(entry.recipientCount, 3);
        QCOMPARE(entry.amount, 50);
        QCOMPARE(entry.message, first.message);
        QCOMPARE(entry.achievementId, first.achievementId);
        QCOMPARE(entry.achievementName, QStringLiteral("Helper"));
        QVERIFY(entry.createdAt.isValid());
        const AwardDraft draft = entry.draft();
        QCOMPARE(draft.idempotencyKey, first.key);
        QCOMPARE(draft.recipients.size(), 3);

        const QUuid award = QUuid::createUuid();
        QVERIFY(reopened.close(first.key, QStringLiteral("paid"), award));
        AwardJournal again(path);
        QVERIFY(again.load());
        QVERIFY(again.openEntries(QStringLiteral("ada @ local")).isEmpty());
        QCOMPARE(again.openEntries(QStringLiteral("bo @ elsewhere")).size(), 1);
        const std::optional<JournalEntry> closed = again.entry(first.key);
        QVERIFY(closed);
        QVERIFY(!closed->isOpen());
        QCOMPARE(closed->outcome, QStringLiteral("paid"));
        QCOMPARE(closed->awardId, award);
        QVERIFY(closed->recipients.isEmpty()); // closed entries keep only the count
        QCOMPARE(closed->recipientCount, 3);
    }

    void journalReportsACorruptFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << QByteArray("{\"entries\": [ {\"key\": \"dd-award-");
        QTest::newRow("binary") << QByteArray("\0\x01\x02\xff", 4);
        QTest::newRow("wrong shape") << QByteArray("[1, 2, 3]");
    }

    void journalReportsACorruptFile()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("award-journal.json"));
        QVERIFY(writeAll(path, content));
        AwardJournal journal(path);
        QVERIFY(!journal.load());
        QVERIFY(journal.errorString().contains(QStringLiteral("could not be read")));
        QVERIFY(journal.errorString().contains(QDir::toNativeSeparators(path)));
        QVERIFY(journal.entries().isEmpty());
        // Kept aside for a human, and the journal works again.
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("*.unreadable-*")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readAll(dir.filePath(aside.first())), content);
        const JournalEntry entry = journalEntry(QStringLiteral("ada @ local"));
        QVERIFY(journal.add({entry}));
        AwardJournal reopened(path);
        QVERIFY(reopened.load());
        QCOMPARE(reopened.openEntries(QStringLiteral("ada @ local")).size(), 1);
    }

    void journalPrunesOldClosedEntries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("award-journal.json"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const JournalEntry old = journalEntry(QStringLiteral("e"));
        const JournalEntry recent = journalEntry(QStringLiteral("e"));
        JournalEntry ancientOpen = journalEntry(QStringLiteral("e"));
        ancientOpen.createdAt = now.addDays(-100);
        {
            AwardJournal journal(path);
            QVERIFY(journal.load(now));
            QVERIFY(journal.add({old, recent, ancientOpen}));
            QVERIFY(journal.close(old.key, QStringLiteral("paid"), {}, {}, now.addDays(-31)));
            QVERIFY(journal.close(recent.key, QStringLiteral("filed"), {}, {}, now.addDays(-29)));
        }
        AwardJournal journal(path);
        QVERIFY(journal.load(now));
        QVERIFY(!journal.entry(old.key));
        QVERIFY(journal.entry(recent.key));
        QVERIFY(journal.entry(ancientOpen.key)); // open entries are never pruned
        // Pruned from the file too.
        QVERIFY(!readAll(path).contains(old.key.toUtf8()));
        QVERIFY(readAll(path).contains(recent.key.toUtf8()));
    }

    void journalKeepsTheEntriesOfTwoWindows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("award-journal.json"));
        AwardJournal one(path);
        AwardJournal two(path);
        QVERIFY(one.load());
        QVERIFY(two.load());
        const JournalEntry a = journalEntry(QStringLiteral("e"));
        const JournalEntry b = journalEntry(QStringLiteral("e"));
        QVERIFY(one.add({a}));
        QVERIFY(two.add({b})); // re-reads first: a survives
        QVERIFY(one.close(a.key, QStringLiteral("paid")));
        AwardJournal reader(path);
        QVERIFY(reader.load());
        QCOMPARE(reader.entries().size(), 2);
        QCOMPARE(reader.openEntries(QStringLiteral("e")).size(), 1);
        QCOMPARE(reader.openEntries(QStringLiteral("e")).first().key, b.key);
    }

    void journalSaysWhenItCannotWrite()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
        QVERIFY(writeAll(blocker, "x"));
        AwardJournal journal(blocker + QStringLiteral("/award-journal.json"));
        QVERIFY(journal.load()); // nothing there yet is no error
        QVERIFY(!journal.add({journalEntry(QStringLiteral("e"))}));
        QVERIFY(!journal.errorString().isEmpty());
        QVERIFY(journal.entries().isEmpty());
    }

    void journalPathCanBeOverridden()
    {
        qputenv(AwardJournal::kPathVariable, "/tmp/some/where.json");
        QCOMPARE(AwardJournal::defaultPath(), QStringLiteral("/tmp/some/where.json"));
        qunsetenv(AwardJournal::kPathVariable);
        QVERIFY(AwardJournal::defaultPath().endsWith(QStringLiteral("/award-journal.json")));
    }
};

QTEST_GUILESS_MAIN(TestAwardUnits)
#include "tst_award_units.moc"
