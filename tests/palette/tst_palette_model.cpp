// Unit tests of the command palette's model, without a database: local ranking (case- and
// diacritic-insensitive), prefix filters, section headers, and the bookkeeping of database
// searches (debounce, cancel, stale answers dropped, error row) against a fake backend.
#include "FakeSearchBackend.h"
#include "items/PaletteMatcher.h"
#include "items/PaletteModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace dicedesk;
using test::FakeSearchBackend;
using Kind = PaletteTarget::Kind;

namespace {

PaletteEntry entry(Kind kind, const QString &id, const QString &title,
                   const QStringList &keywords = {}, const QString &shortcut = {})
{
    PaletteEntry e;
    e.kind = kind;
    e.id = id;
    e.title = title;
    e.keywords = keywords;
    e.shortcut = shortcut;
    return e;
}

QStringList ids(const QList<PaletteTarget> &targets)
{
    QStringList out;
    for (const PaletteTarget &target : targets)
        out.append(target.id);
    return out;
}

QStringList titles(const QList<PaletteTarget> &targets)
{
    QStringList out;
    for (const PaletteTarget &target : targets)
        out.append(target.title);
    return out;
}

/// The section titles of the header rows, top to bottom.
QStringList headers(const PaletteModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(PaletteModel::IsHeaderRole).toBool())
            out.append(index.data().toString());
    }
    return out;
}

/// Waits until @p spy has seen @p count signals; they may have come already, since a
/// continuation on the GUI thread runs as soon as the fake settles a future there.
bool reached(const QSignalSpy &spy, qsizetype count)
{
    return QTest::qWaitFor([&] { return spy.count() >= count; }, 5000) && spy.count() == count;
}

int errorRows(const PaletteModel &model)
{
    int count = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row).data(PaletteModel::RowTypeRole).value<PaletteModel::RowType>() ==
            PaletteModel::RowType::Error)
            ++count;
    }
    return count;
}

QList<PaletteEntry> shellEntries()
{
    return {
        entry(Kind::Pane, QStringLiteral("overview"), QStringLiteral("Overview"),
              {QStringLiteral("dashboard")}, QStringLiteral("Ctrl+1")),
        entry(Kind::Pane, QStringLiteral("events"), QStringLiteral("Event log"), {},
              QStringLiteral("Ctrl+2")),
        entry(Kind::Pane, QStringLiteral("ledger"), QStringLiteral("Ledger"), {},
              QStringLiteral("Ctrl+3")),
        entry(Kind::Action, QStringLiteral("refresh"), QStringLiteral("Refresh"), {},
              QStringLiteral("F5")),
        entry(Kind::Action, QStringLiteral("switch-tenant"), QStringLiteral("Switch tenant"), {},
              QStringLiteral("Ctrl+T")),
    };
}

} // namespace

class TestPaletteModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void foldsCaseAndNordicLetters()
    {
        QCOMPARE(PaletteMatcher::fold(QStringLiteral("Åsa Öberg")), QStringLiteral("asa oberg"));
        QCOMPARE(PaletteMatcher::fold(QStringLiteral("Søren Ærø")), QStringLiteral("soren aero"));
        QCOMPARE(PaletteMatcher::fold(QStringLiteral("ÄNGELHOLM")), QStringLiteral("angelholm"));
        QCOMPARE(PaletteMatcher::fold(QStringLiteral("Straße")), QStringLiteral("strasse"));
    }

    void ranksPrefixOverWordOverSubstringOverSubsequence()
    {
        PaletteModel model(nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Registered worst-first so the order below can only come from the ranking.
        model.setLocalEntries({
            entry(Kind::Pane, QStringLiteral("subsequence"), QStringLiteral("Open view editor")),
            entry(Kind::Pane, QStringLiteral("substring"), QStringLiteral("Hangover log")),
            entry(Kind::Pane, QStringLiteral("keyword"), QStringLiteral("Settings"),
                  {QStringLiteral("overrides")}),
            entry(Kind::Pane, QStringLiteral("word"), QStringLiteral("Reviews overview")),
            entry(Kind::Pane, QStringLiteral("title"), QStringLiteral("Overview")),
            entry(Kind::Pane, QStringLiteral("none"), QStringLiteral("Ledger")),
        });
        model.setQuery(QStringLiteral("over"));
        QCOMPARE(
            ids(model.targets(Kind::Pane)),
            (QStringList{QStringLiteral("title"), QStringLiteral("word"), QStringLiteral("keyword"),
                         QStringLiteral("substring"), QStringLiteral("subsequence")}));

        // Case and diacritics do not matter, in either direction.
        model.setLocalEntries({
            entry(Kind::Pane, QStringLiteral("sv"), QStringLiteral("Översikt")),
            entry(Kind::Pane, QStringLiteral("no"), QStringLiteral("Søknader")),
            entry(Kind::Pane, QStringLiteral("en"), QStringLiteral("Overview")),
        });
        model.setQuery(QStringLiteral("OVERS"));
        QCOMPARE(ids(model.targets(Kind::Pane)), QStringList{QStringLiteral("sv")});
        model.setQuery(QStringLiteral("ÖV"));
        QCOMPARE(ids(model.targets(Kind::Pane)),
                 (QStringList{QStringLiteral("sv"), QStringLiteral("en")}));
        model.setQuery(QStringLiteral("sokn"));
        QCOMPARE(ids(model.targets(Kind::Pane)), QStringList{QStringLiteral("no")});

        // Scattered letters count from three characters on.
        model.setLocalEntries(shellEntries());
        model.setQuery(QStringLiteral("ovw"));
        QCOMPARE(ids(model.targets(Kind::Pane)), QStringList{QStringLiteral("overview")});
        model.setQuery(QStringLiteral("vw"));
        QVERIFY(model.targets(Kind::Pane).isEmpty());

        // Several words: each must start a word.
        model.setLocalEntries(shellEntries());
        model.setQuery(QStringLiteral("sw te"));
        QCOMPARE(ids(model.targets(Kind::Action)), QStringList{QStringLiteral("switch-tenant")});
        model.setQuery(QStringLiteral("dash"));
        QCOMPARE(ids(model.targets(Kind::Pane)), QStringList{QStringLiteral("overview")});
    }

    void emptyQueryListsEverythingLocalUnderHeaders()
    {
        PaletteModel model(nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocalEntries(shellEntries());
        QCOMPARE(headers(model), (QStringList{QStringLiteral("Panes"), QStringLiteral("Actions")}));
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.index(3).data(PaletteModel::ShortcutRole).toString(),
                 QStringLiteral("Ctrl+3"));
        QCOMPARE(model.index(1).data(PaletteModel::KindRole).value<Kind>(), Kind::Pane);
        QCOMPARE(model.index(5).data(PaletteModel::KindRole).value<Kind>(), Kind::Action);
        QCOMPARE(model.index(5).data(PaletteModel::SectionRole).toString(),
                 QStringLiteral("Actions"));
        QVERIFY(model.index(1)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(QStringLiteral("Overview")));
        const PaletteTarget target =
            model.index(2).data(PaletteModel::TargetRole).value<PaletteTarget>();
        QCOMPARE(target.kind, Kind::Pane);
        QCOMPARE(target.id, QStringLiteral("events"));
        QCOMPARE(target.title, QStringLiteral("Event log"));
    }

    void headersAreNotSelectable()
    {
        PaletteModel model(nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocalEntries(shellEntries());
        // Panes header, 3 panes, Actions header, 2 actions.
        for (const int row : {0, 4}) {
            const QModelIndex header = model.index(row);
            QVERIFY(header.data(PaletteModel::IsHeaderRole).toBool());
            QVERIFY(!model.flags(header).testFlag(Qt::ItemIsSelectable));
            QVERIFY(!model.isSelectable(row));
            QVERIFY(!model.targetAt(row).isValid());
            QVERIFY(!header.data(PaletteModel::TargetRole).isValid());
        }
        QVERIFY(model.flags(model.index(1)).testFlag(Qt::ItemIsSelectable));
        QCOMPARE(model.firstSelectableRow(), 1);
        QCOMPARE(model.nextSelectableRow(3, 1), 5);  // down over the Actions header
        QCOMPARE(model.nextSelectableRow(5, -1), 3); // and back up
        QCOMPARE(model.nextSelectableRow(1, -1), 1); // stays on the first entry
        QCOMPARE(model.nextSelectableRow(6, 1), 6);  // and on the last
        QCOMPARE(model.nextSelectableRow(1, 100), 6);
        QCOMPARE(model.nextSelectableRow(6, -100), 1);
        QCOMPARE(model.nextSelectableRow(0, 1), 1); // from a header: the next entry
        QCOMPARE(model.nextSelectableRow(-1, 1), 1);
        QCOMPARE(model.nextSelectableRow(-1, -1), 6);
    }

    void prefixesNarrowTheList()
    {
        FakeSearchBackend backend;
        PaletteModel model(&backend);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDebounceInterval(0);
        model.setLocalEntries(shellEntries());

        model.setQuery(QStringLiteral(">"));
        QCOMPARE(model.filter(), PaletteModel::Filter::ActionsOnly);
        QCOMPARE(headers(model), QStringList{QStringLiteral("Actions")});
        QCOMPARE(model.targets(Kind::Action).size(), 2);
        model.setQuery(QStringLiteral("> ref"));
        QCOMPARE(ids(model.targets(Kind::Action)), QStringList{QStringLiteral("refresh")});
        QVERIFY(!model.isSearching()); // actions are never looked up in the database
        QTest::qWait(0);
        QCOMPARE(backend.calls.size(), 0);

        const QList<SearchHit> mixed = {
            FakeSearchBackend::hit(SearchHit::Kind::User, QStringLiteral("Rex Refsdal")),
            FakeSearchBackend::hit(SearchHit::Kind::Achievement, QStringLiteral("Referee")),
            FakeSearchBackend::hit(SearchHit::Kind::Request, QStringLiteral("10 × 1 coins"),
                                   QStringLiteral("Rex Refsdal · pending · Referee bonus")),
        };

        QSignalSpy finished(&model, &PaletteModel::searchFinished);
        model.setQuery(QStringLiteral("@ref"));
        QCOMPARE(model.filter(), PaletteModel::Filter::UsersOnly);
        QVERIFY(model.targets(Kind::Action).isEmpty()); // "Refresh" matches but is no user
        QTRY_COMPARE(backend.calls.size(), 1);
        QCOMPARE(backend.calls.at(0).query.text, QStringLiteral("ref")); // prefix not sent
        backend.answer(0, mixed);
        QVERIFY(reached(finished, 1));
        QCOMPARE(headers(model), QStringList{QStringLiteral("Users")});
        QCOMPARE(titles(model.targets(Kind::User)), QStringList{QStringLiteral("Rex Refsdal")});
        QVERIFY(model.targets(Kind::Achievement).isEmpty());

        model.setQuery(QStringLiteral("#ref"));
        QCOMPARE(model.filter(), PaletteModel::Filter::RequestsOnly);
        QTRY_COMPARE(backend.calls.size(), 2);
        backend.answer(1, mixed);
        QVERIFY(reached(finished, 2));
        QCOMPARE(headers(model), QStringList{QStringLiteral("Requests")});
        QCOMPARE(model.targets(Kind::Request).size(), 1);
        QVERIFY(model.targets(Kind::User).isEmpty());

        model.setQuery(QStringLiteral("ref"));
        QCOMPARE(model.filter(), PaletteModel::Filter::Everything);
        QTRY_COMPARE(backend.calls.size(), 3);
        backend.answer(2, mixed);
        QVERIFY(reached(finished, 3));
        QCOMPARE(headers(model),
                 (QStringList{QStringLiteral("Actions"), QStringLiteral("Users"),
                              QStringLiteral("Achievements"), QStringLiteral("Requests")}));
    }

    void databaseHitsAreTypedAndFormatted()
    {
        FakeSearchBackend backend;
        PaletteModel model(&backend);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDebounceInterval(0);
        const QUuid tenant = QUuid::createUuid();
        const SearchHit user =
            FakeSearchBackend::hit(SearchHit::Kind::User, QStringLiteral("Ada Admin"),
                                   QStringLiteral("admin.a@example.test"), tenant);
        const SearchHit request =
            FakeSearchBackend::hit(SearchHit::Kind::Request, QStringLiteral("5000 × 3 coins"),
                                   QStringLiteral("Ada Admin · pending · Summer camp"), tenant);
        const SearchHit achievement = FakeSearchBackend::hit(SearchHit::Kind::Achievement,
                                                             QStringLiteral("Admin of the year"),
                                                             QStringLiteral("admin-year · active"));

        QSignalSpy finished(&model, &PaletteModel::searchFinished);
        model.setQuery(QStringLiteral("ad"));
        QTRY_COMPARE(backend.calls.size(), 1);
        backend.answer(0, {user, achievement, request});
        QVERIFY(reached(finished, 1));

        PaletteTarget wanted;
        wanted.kind = Kind::User;
        wanted.id = user.id.toString(QUuid::WithoutBraces);
        const int userRow = model.rowOf(wanted);
        QVERIFY(userRow > 0);
        const QModelIndex u = model.index(userRow);
        QCOMPARE(u.data(PaletteModel::IdRole).toString(), user.id.toString(QUuid::WithoutBraces));
        QCOMPARE(u.data(PaletteModel::TenantIdRole).value<QUuid>(), tenant);
        QCOMPARE(u.data(PaletteModel::SubtitleRole).toString(),
                 QStringLiteral("admin.a@example.test"));
        QCOMPARE(u.data(PaletteModel::IconPathRole).toString(), QStringLiteral(":/icons/user.svg"));
        QCOMPARE(model.index(userRow - 1).data().toString(), QStringLiteral("Users"));

        const PaletteTarget r = model.targets(Kind::Request).value(0);
        QCOMPARE(r.id, request.id.toString(QUuid::WithoutBraces));
        QCOMPARE(r.tenantId, tenant);
        // Amounts in the user's locale; the raw "5000 × 3 coins" is never shown.
        QCOMPARE(r.title, QStringLiteral("5,000 coins · recipients: 3"));
        QCOMPARE(model.index(model.rowOf(r)).data(PaletteModel::SubtitleRole).toString(),
                 QStringLiteral("Ada Admin · pending · Summer camp"));
        QVERIFY(model.targets(Kind::Achievement).value(0).tenantId.isNull());
    }

    void newerTextCancelsAndStaleAnswersAreDropped()
    {
        FakeSearchBackend backend;
        PaletteModel model(&backend);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDebounceInterval(0);
        QSignalSpy finished(&model, &PaletteModel::searchFinished);
        QSignalSpy searching(&model, &PaletteModel::searchingChanged);

        model.setQuery(QStringLiteral("a"));
        QVERIFY(model.isSearching());
        QTRY_COMPARE(backend.calls.size(), 1);
        const int firstGeneration = model.generation();
        model.setQuery(QStringLiteral("an"));
        QVERIFY(backend.calls.at(0).cancel.isCancelled());
        QTRY_COMPARE(backend.calls.size(), 2);
        QVERIFY(!backend.calls.at(1).cancel.isCancelled());
        QVERIFY(model.generation() > firstGeneration);

        // The older answer arrives first: dropped, still searching.
        backend.answer(0, {FakeSearchBackend::hit(SearchHit::Kind::User, QStringLiteral("Abe"))});
        QTRY_COMPARE(model.staleAnswers(), 1);
        QVERIFY(model.isSearching());
        QVERIFY(model.targets(Kind::User).isEmpty());
        QCOMPARE(finished.count(), 0);

        backend.answer(1, {FakeSearchBackend::hit(SearchHit::Kind::User, QStringLiteral("Anna"))});
        QVERIFY(reached(finished, 1));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), model.generation());
        QCOMPARE(titles(model.targets(Kind::User)), QStringList{QStringLiteral("Anna")});
        QVERIFY(!model.isSearching());
        QCOMPARE(searching.last().at(0).toBool(), false);

        // The older answer arrives last: dropped too, the newest stays.
        model.setQuery(QStringLiteral("b"));
        QTRY_COMPARE(backend.calls.size(), 3);
        model.setQuery(QStringLiteral("be"));
        QTRY_COMPARE(backend.calls.size(), 4);
        backend.answer(3, {FakeSearchBackend::hit(SearchHit::Kind::User, QStringLiteral("Bea"))});
        QVERIFY(reached(finished, 2));
        backend.answer(2, {FakeSearchBackend::hit(SearchHit::Kind::User, QStringLiteral("Bo"))});
        QTRY_COMPARE(model.staleAnswers(), 2);
        QCOMPARE(titles(model.targets(Kind::User)), QStringList{QStringLiteral("Bea")});
        QCOMPARE(finished.count(), 2);
    }

    void rapidTypingAsksOnce()
    {
        FakeSearchBackend backend;
        PaletteModel model(&backend);
        model.setDebounceInterval(0);
        QSignalSpy finished(&model, &PaletteModel::searchFinished);
        // No event loop between the keystrokes: the pause never comes, one search is asked.
        for (const QString &text :
             {QStringLiteral("m"), QStringLiteral("ma"), QStringLiteral("max")})
            model.setQuery(text);
        QTRY_COMPARE(backend.calls.size(), 1);
        QCOMPARE(backend.calls.at(0).query.text, QStringLiteral("max"));
        backend.answer(0, {FakeSearchBackend::hit(SearchHit::Kind::User, QStringLiteral("Max"))});
        QVERIFY(reached(finished, 1));
        QCOMPARE(backend.calls.size(), 1);
        QCOMPARE(model.staleAnswers(), 0);
    }

    void hitsThatStillFitStayWhileTheNextAnswerComes()
    {
        FakeSearchBackend backend;
        PaletteModel model(&backend);
        model.setDebounceInterval(0);
        QSignalSpy finished(&model, &PaletteModel::searchFinished);
        model.setQuery(QStringLiteral("ad"));
        QTRY_COMPARE(backend.calls.size(), 1);
        backend.answer(0,
                       {FakeSearchBackend::hit(SearchHit::Kind::User, QStringLiteral("Ada Admin")),
                        FakeSearchBackend::hit(SearchHit::Kind::User, QStringLiteral("Adrian"))});
        QVERIFY(reached(finished, 1));
        model.setQuery(QStringLiteral("ada"));
        QCOMPARE(titles(model.targets(Kind::User)), QStringList{QStringLiteral("Ada Admin")});
        model.setQuery(QStringLiteral("adx"));
        QVERIFY(model.targets(Kind::User).isEmpty());
    }

    void failedSearchShowsOneErrorRow()
    {
        FakeSearchBackend backend;
        PaletteModel model(&backend);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDebounceInterval(0);
        model.setLocalEntries(shellEntries());
        QSignalSpy finished(&model, &PaletteModel::searchFinished);

        model.setQuery(QStringLiteral("le"));
        QTRY_COMPARE(backend.calls.size(), 1);
        const BackendError error(BackendError::Kind::Permission,
                                 QStringLiteral("permission denied for table users"),
                                 QStringLiteral("42501"));
        backend.fail(0, error);
        QVERIFY(reached(finished, 1));
        QVERIFY(model.hasError());
        QCOMPARE(errorRows(model), 1);
        const int last = model.rowCount() - 1;
        QCOMPARE(model.index(last).data().toString(), error.userMessage());
        QVERIFY(!model.index(last).data().toString().contains(QStringLiteral("42501")));
        QVERIFY(!model.isSelectable(last));
        QVERIFY(!model.flags(model.index(last)).testFlag(Qt::ItemIsSelectable));
        // Local matches stay usable.
        QCOMPARE(ids(model.targets(Kind::Pane)), QStringList{QStringLiteral("ledger")});

        // The next text clears the error.
        model.setQuery(QStringLiteral("led"));
        QCOMPARE(errorRows(model), 0);
        QTRY_COMPARE(backend.calls.size(), 2);
        backend.answer(1, {});
        QVERIFY(reached(finished, 2));
        QCOMPARE(errorRows(model), 0);
        QVERIFY(!model.hasError());
    }

    void hostileTextIsHarmless()
    {
        FakeSearchBackend backend;
        PaletteModel model(&backend);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDebounceInterval(0);
        model.setLocalEntries(shellEntries());

        // Only control characters: nothing to search.
        model.setQuery(QString(QChar(0)) + QStringLiteral("\t\n"));
        QVERIFY(model.searchText().isEmpty());
        QVERIFY(!model.isSearching());
        // NUL inside text is dropped before the backend sees it.
        model.setQuery(QStringLiteral("le") + QChar(0) + QStringLiteral("d"));
        QCOMPARE(model.searchText(), QStringLiteral("led"));
        QTRY_COMPARE(backend.calls.size(), 1);
        QCOMPARE(backend.calls.at(0).query.text, QStringLiteral("led"));

        // Far too long: not sent, no error row, a clean flag for the view.
        model.setQuery(QString(10000, QLatin1Char('x')));
        QVERIFY(model.isQueryTooLong());
        QVERIFY(!model.isSearching());
        QCOMPARE(errorRows(model), 0);
        QCOMPARE(model.rowCount(), 0);
        QTest::qWait(0);
        QCOMPARE(backend.calls.size(), 1);
        model.setQuery(QString(PaletteModel::kMaxSearchLength, QLatin1Char('x')));
        QVERIFY(!model.isQueryTooLong());
        QTRY_COMPARE(backend.calls.size(), 2);
    }

    void scopeChangeAsksAgain()
    {
        FakeSearchBackend backend;
        PaletteModel model(&backend);
        model.setDebounceInterval(0);
        QSignalSpy finished(&model, &PaletteModel::searchFinished);
        TenantScope a;
        a.tenantIds = {QUuid::createUuid()};
        model.setScope(a);
        model.setQuery(QStringLiteral("max"));
        QTRY_COMPARE(backend.calls.size(), 1);
        QCOMPARE(backend.calls.at(0).query.scope.tenantIds, a.tenantIds);
        backend.answer(0, {FakeSearchBackend::hit(SearchHit::Kind::User, QStringLiteral("Max"))});
        QVERIFY(reached(finished, 1));
        QCOMPARE(model.targets(Kind::User).size(), 1);

        TenantScope b;
        b.tenantIds = {QUuid::createUuid()};
        model.setScope(b);
        QVERIFY(model.targets(Kind::User).isEmpty()); // hits of the old scope are gone
        QTRY_COMPARE(backend.calls.size(), 2);
        QCOMPARE(backend.calls.at(1).query.scope.tenantIds, b.tenantIds);
    }

    void limitsEntriesPerKind()
    {
        PaletteModel model(nullptr);
        QList<PaletteEntry> many;
        for (int i = 0; i < 12; ++i)
            many.append(
                entry(Kind::Pane, QStringLiteral("p%1").arg(i), QStringLiteral("Pane %1").arg(i)));
        model.setLocalEntries(many);
        model.setMaxPerKind(5);
        QCOMPARE(model.targets(Kind::Pane).size(), 12); // an empty text lists them all
        model.setQuery(QStringLiteral("pane"));
        QCOMPARE(model.targets(Kind::Pane).size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestPaletteModel)
#include "tst_palette_model.moc"
