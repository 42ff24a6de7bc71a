// GUI tests of the command palette: offscreen, over a plain window, searching a throwaway
// PostgreSQL (`dicedesk-db sandbox --migrate`) holding PaletteFixture. Keyboard and mouse
// paths: type and Enter, arrows over section headers, Esc, Ctrl+K, clicks.
#include "FakeSearchBackend.h"
#include "PaletteFixture.h"
#include "backend/pg/PgBackend.h"
#include "items/PaletteModel.h"
#include "palette/CommandPalette.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <memory>

using namespace dicedesk;
using test::FakeSearchBackend;
using test::PaletteFixture;
using Kind = PaletteTarget::Kind;

namespace {

constexpr int kTimeoutMs = 20000;

PaletteEntry entry(Kind kind, const QString &id, const QString &title, const QString &shortcut)
{
    PaletteEntry e;
    e.kind = kind;
    e.id = id;
    e.title = title;
    e.shortcut = shortcut;
    e.iconPath = QStringLiteral(":/icons/overview.svg");
    return e;
}

/// What the shell registers: three panes and two actions.
/// Rows: [Panes] Overview, Event log, Ledger, [Actions] Refresh, Switch tenant.
QList<PaletteEntry> shellEntries()
{
    return {
        entry(Kind::Pane, QStringLiteral("overview"), QStringLiteral("Overview"),
              QStringLiteral("Ctrl+1")),
        entry(Kind::Pane, QStringLiteral("events"), QStringLiteral("Event log"),
              QStringLiteral("Ctrl+2")),
        entry(Kind::Pane, QStringLiteral("ledger"), QStringLiteral("Ledger"),
              QStringLiteral("Ctrl+3")),
        entry(Kind::Action, QStringLiteral("refresh"), QStringLiteral("Refresh"),
              QStringLiteral("F5")),
        entry(Kind::Action, QStringLiteral("switch-tenant"), QStringLiteral("Switch tenant"),
              QStringLiteral("Ctrl+T")),
    };
}

TenantScope bothTenants()
{
    TenantScope scope;
    scope.tenantIds = {QUuid::fromString(QLatin1String(PaletteFixture::tenantA)),
                       QUuid::fromString(QLatin1String(PaletteFixture::tenantB))};
    scope.allTenants = true;
    return scope;
}

} // namespace

class TestPaletteGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<pg::PgBackend> m_backend;
    std::unique_ptr<QWidget> m_window;
    QLineEdit *m_other = nullptr;
    QAction *m_paletteAction = nullptr;
    CommandPalette *m_palette = nullptr;

    /// A window with a line edit, a Ctrl+K action and a palette over @p backend.
    void makeWindow(Backend *backend)
    {
        m_window = std::make_unique<QWidget>();
        m_window->resize(1000, 700);
        auto *layout = new QVBoxLayout(m_window.get());
        m_other = new QLineEdit(m_window.get());
        m_other->setAccessibleName(QStringLiteral("Other field"));
        layout->addWidget(m_other);
        layout->addStretch(1);
        m_palette = new CommandPalette(backend, m_window.get());
        m_palette->setLocalEntries(shellEntries());
        m_palette->setScope(bothTenants());
        m_paletteAction = new QAction(QStringLiteral("Command palette"), m_window.get());
        m_paletteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
        m_window->addAction(m_paletteAction);
        connect(m_paletteAction, &QAction::triggered, m_palette, &CommandPalette::toggle);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_other->setFocus();
        QTRY_VERIFY(m_other->hasFocus());
    }

    void openPalette()
    {
        m_palette->open();
        QVERIFY(m_palette->isVisible());
        QTRY_VERIFY(m_palette->searchField()->hasFocus());
    }

    QLineEdit *search() const { return m_palette->searchField(); }
    int currentRow() const { return m_palette->resultList()->currentIndex().row(); }

private Q_SLOTS:
    void initTestCase()
    {
        try {
            PaletteFixture::install();
        } catch (const std::exception &error) {
            QFAIL(error.what());
        }
        m_backend =
            std::make_unique<pg::PgBackend>(PaletteFixture::dsnFor(QStringLiteral("pal_sysadmin")));
        QFuture<Result<bool>> opened = m_backend->open();
        QVERIFY(QTest::qWaitFor([&] { return opened.isFinished(); }, kTimeoutMs));
        QVERIFY(opened.result().ok());
    }

    void init() { makeWindow(m_backend.get()); }

    void cleanup()
    {
        m_window.reset();
        m_palette = nullptr;
    }

    void cleanupTestCase() { m_backend.reset(); }

    void floatsCentredNearTheTopOfItsWindow()
    {
        openPalette();
        QVERIFY(!m_palette->isWindow()); // a child: no task-bar entry, no second window
        QCOMPARE(m_palette->parentWidget(), m_window.get());
        QVERIFY(m_palette->width() <= 560 + 2 * 14);
        QVERIFY(m_palette->width() >= 560);
        QVERIFY(qAbs(m_palette->geometry().center().x() - m_window->width() / 2) <= 1);
        QVERIFY(m_palette->y() < m_window->height() / 4);
        QCOMPARE(search()->placeholderText(),
                 QStringLiteral("Search panes, actions, users, achievements, requests…"));
        QVERIFY(!search()->accessibleName().isEmpty());
        QVERIFY(!m_palette->resultList()->accessibleName().isEmpty());
        QVERIFY(m_palette->resultList()->isVisible());
        // The current entry carries its screen-reader text.
        QCOMPARE(m_palette->currentTarget().id, QStringLiteral("overview"));
        QVERIFY(m_palette->resultList()
                    ->currentIndex()
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .startsWith(QStringLiteral("Overview")));
    }

    void typingAPaneTitleAndEnterShowsThePane()
    {
        QSignalSpy activated(m_palette, &CommandPalette::activated);
        openPalette();
        QTest::keyClicks(search(), QStringLiteral("ledg"));
        QCOMPARE(m_palette->currentTarget().id, QStringLiteral("ledger"));
        // The database is being asked too; the palette says so.
        QCOMPARE(m_palette->statusLabel()->text(), QStringLiteral("Searching…"));
        QTest::keyClick(search(), Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        const auto target = activated.at(0).at(0).value<PaletteTarget>();
        QCOMPARE(target.kind, Kind::Pane);
        QCOMPARE(target.id, QStringLiteral("ledger"));
        QCOMPARE(target.title, QStringLiteral("Ledger"));
        QVERIFY(!m_palette->isVisible());
        QTRY_VERIFY(m_other->hasFocus()); // focus goes back where it was
    }

    void arrowsAndPagesSkipSectionHeaders()
    {
        openPalette();
        QCOMPARE(currentRow(), 1); // the first entry, below the "Panes" header
        QTest::keyClick(search(), Qt::Key_Down);
        QTest::keyClick(search(), Qt::Key_Down);
        QCOMPARE(m_palette->currentTarget().id, QStringLiteral("ledger"));
        QTest::keyClick(search(), Qt::Key_Down); // over the "Actions" header
        QCOMPARE(currentRow(), 5);
        QCOMPARE(m_palette->currentTarget().id, QStringLiteral("refresh"));
        QTest::keyClick(search(), Qt::Key_Up); // and back over it
        QCOMPARE(m_palette->currentTarget().id, QStringLiteral("ledger"));
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(search(), Qt::Key_Up);
        QCOMPARE(m_palette->currentTarget().id, QStringLiteral("overview")); // never a header
        QTest::keyClick(search(), Qt::Key_PageDown);
        QCOMPARE(m_palette->currentTarget().id, QStringLiteral("switch-tenant"));
        QTest::keyClick(search(), Qt::Key_PageUp);
        QCOMPARE(m_palette->currentTarget().id, QStringLiteral("overview"));
        QVERIFY(search()->hasFocus()); // typing stays in the field throughout
    }

    void escapeClosesWithoutActivating()
    {
        QSignalSpy activated(m_palette, &CommandPalette::activated);
        openPalette();
        QTest::keyClicks(search(), QStringLiteral("ov"));
        QTest::keyClick(search(), Qt::Key_Escape);
        QVERIFY(!m_palette->isVisible());
        QCOMPARE(activated.count(), 0);
        QTRY_VERIFY(m_other->hasFocus());
        // Opened again, it starts clean.
        openPalette();
        QVERIFY(search()->text().isEmpty());
        QCOMPARE(m_palette->model()->rowCount(), 7);
    }

    void ctrlKOpensAndClosesAgain()
    {
        QSignalSpy triggered(m_paletteAction, &QAction::triggered);
        QTest::keyClick(m_other, Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(triggered.count(), 1);
        QVERIFY(m_palette->isVisible());
        QTRY_VERIFY(search()->hasFocus());
        QTest::keyClicks(search(), QStringLiteral("le"));
        // In the field, Ctrl+K is the palette's own: it closes (the line edit does not
        // delete to the end of the line, the window's shortcut does not fire again).
        QTest::keyClick(search(), Qt::Key_K, Qt::ControlModifier);
        QVERIFY(!m_palette->isVisible());
        QCOMPARE(triggered.count(), 1);
    }

    void clicksPickEntriesButNotHeaders()
    {
        QSignalSpy activated(m_palette, &CommandPalette::activated);
        openPalette();
        QListView *list = m_palette->resultList();
        const QRect header = list->visualRect(m_palette->model()->index(0));
        QVERIFY(header.isValid());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, header.center());
        QCOMPARE(activated.count(), 0);
        QVERIFY(m_palette->isVisible());

        const QRect events = list->visualRect(m_palette->model()->index(2));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, events.center());
        QCOMPARE(activated.count(), 1);
        const auto target = activated.at(0).at(0).value<PaletteTarget>();
        QCOMPARE(target.kind, Kind::Pane);
        QCOMPARE(target.id, QStringLiteral("events"));
        QVERIFY(!m_palette->isVisible());
    }

    void aClickElsewhereCloses()
    {
        openPalette();
        QTest::mouseClick(m_other, Qt::LeftButton);
        QVERIFY(!m_palette->isVisible());
    }

    void typingAUsersNameAndEnterOpensTheUser()
    {
        QSignalSpy activated(m_palette, &CommandPalette::activated);
        openPalette();
        QTest::keyClicks(search(), QStringLiteral("Max Mem"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_palette->model()->targets(Kind::User).isEmpty(), kTimeoutMs);
        QTRY_COMPARE(m_palette->statusLabel()->text(), QString());
        QCOMPARE(m_palette->currentTarget().kind, Kind::User);
        QCOMPARE(m_palette->resultList()->currentIndex().data(PaletteModel::SectionRole),
                 QVariant(QStringLiteral("Users")));
        QTest::keyClick(search(), Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        const auto target = activated.at(0).at(0).value<PaletteTarget>();
        QCOMPARE(target.kind, Kind::User);
        QCOMPARE(
            target.id,
            QUuid::fromString(QLatin1String(PaletteFixture::max)).toString(QUuid::WithoutBraces));
        QCOMPARE(target.tenantId, QUuid::fromString(QLatin1String(PaletteFixture::tenantA)));
        QCOMPARE(target.title, QStringLiteral("Max Member"));
    }

    void aFailedSearchShowsAnErrorRowThatCannotBePicked()
    {
        FakeSearchBackend failing;
        makeWindow(&failing);
        m_palette->model()->setDebounceInterval(0);
        QSignalSpy activated(m_palette, &CommandPalette::activated);
        openPalette();
        QTest::keyClicks(search(), QStringLiteral("zz"));
        QTRY_COMPARE(failing.calls.size(), 1);
        failing.fail(0, BackendError(BackendError::Kind::Connection,
                                     QStringLiteral("server closed the connection")));
        QTRY_VERIFY(m_palette->model()->hasError());
        QCOMPARE(m_palette->model()->rowCount(), 1);
        QCOMPARE(m_palette->model()->index(0).data().toString(),
                 BackendError(BackendError::Kind::Connection, {}).userMessage());
        QVERIFY(m_palette->resultList()->isVisible());
        QVERIFY(!m_palette->currentTarget().isValid());
        QCOMPARE(m_palette->statusLabel()->text(), QString());
        QTest::keyClick(search(), Qt::Key_Down);
        QTest::keyClick(search(), Qt::Key_Return);
        QCOMPARE(activated.count(), 0);
        QVERIFY(m_palette->isVisible());
        m_window.reset(); // before the fake backend goes
    }
};

QTEST_MAIN(TestPaletteGui)
#include "tst_palette_gui.moc"
