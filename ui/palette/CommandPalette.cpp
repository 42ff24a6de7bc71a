#include "CommandPalette.h"

#include "PaletteDelegate.h"
#include "PaletteLogging.h"
#include "items/PaletteModel.h"
#include "panes/Pane.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

namespace dicedesk {

namespace {

constexpr int kShadow = 14;     // room around the card for its shadow
constexpr int kCardWidth = 560; // at most; narrower windows get a narrower card
constexpr int kRadius = 8;

/// "Switch &connection…" → "Switch connection…"; "&&" stays a literal "&".
QString withoutMnemonic(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&'))
                plain += text.at(++i);
            continue;
        }
        plain += text.at(i);
    }
    return plain;
}

} // namespace

CommandPalette::CommandPalette(Backend *backend, QWidget *window)
    : QWidget(window)
    , m_model(new PaletteModel(backend, this))
    , m_card(new QFrame(this))
    , m_search(new QLineEdit(m_card))
    , m_rule(new QFrame(m_card))
    , m_list(new QListView(m_card))
    , m_hint(new QLabel(m_card))
    , m_status(new QLabel(m_card))
    , m_toggleShortcut(Qt::CTRL | Qt::Key_K)
{
    setObjectName(QStringLiteral("commandPalette"));
    hide();

    m_card->setObjectName(QStringLiteral("paletteCard"));
    m_card->setStyleSheet(QStringLiteral("#paletteCard { background: palette(base); border: 1px "
                                         "solid palette(mid); border-radius: %1px; }")
                              .arg(kRadius));

    m_search->setObjectName(QStringLiteral("paletteSearch"));
    m_search->setFrame(false);
    m_search->setClearButtonEnabled(true);
    m_search->setTextMargins(10, 8, 10, 8);
    QFont searchFont = m_search->font();
    if (searchFont.pointSizeF() > 0)
        searchFont.setPointSizeF(searchFont.pointSizeF() * 1.15);
    m_search->setFont(searchFont);
    m_search->installEventFilter(this);

    m_rule->setFrameShape(QFrame::HLine);
    m_rule->setFrameShadow(QFrame::Plain);
    m_rule->setForegroundRole(QPalette::Midlight);

    m_list->setObjectName(QStringLiteral("paletteResults"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new PaletteDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setFocusPolicy(Qt::NoFocus); // typing stays in the search field
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMouseTracking(true);
    m_list->viewport()->setAttribute(Qt::WA_Hover);
    m_list->setAutoFillBackground(false);
    m_list->viewport()->setAutoFillBackground(false);

    m_hint->setObjectName(QStringLiteral("paletteHint"));
    m_status->setObjectName(QStringLiteral("paletteStatus"));
    for (QLabel *label : {m_hint, m_status}) {
        label->setForegroundRole(QPalette::PlaceholderText);
        QFont small = label->font();
        if (small.pointSizeF() > 0)
            small.setPointSizeF(small.pointSizeF() * 0.85);
        label->setFont(small);
    }

    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(14, 4, 14, 6);
    footer->addWidget(m_hint, 1);
    footer->addWidget(m_status);
    auto *column = new QVBoxLayout(m_card);
    column->setContentsMargins(1, 1, 1, 1);
    column->setSpacing(0);
    column->addWidget(m_search);
    column->addWidget(m_rule);
    column->addWidget(m_list);
    column->addLayout(footer);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setQuery(text);
        setCurrentRow(m_model->firstSelectableRow()); // a new text starts at the top
        updateStatus();
        reposition();
    });
    connect(m_list, &QListView::clicked, this,
            [this](const QModelIndex &index) { activateRow(index.row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CommandPalette::onModelReset);
    connect(m_model, &PaletteModel::searchingChanged, this, &CommandPalette::updateStatus);
    connect(qApp, &QApplication::focusChanged, this, &CommandPalette::onFocusChanged);
    if (window)
        window->installEventFilter(this);
    retranslateUi();
}

CommandPalette::~CommandPalette()
{
    qApp->removeEventFilter(this);
}

void CommandPalette::retranslateUi()
{
    setAccessibleName(tr("Command palette"));
    m_search->setPlaceholderText(tr("Search panes, actions, users, achievements, requests…"));
    m_search->setAccessibleName(tr("Command palette search"));
    //: Tooltip of the command palette's search field: the prefixes that narrow the list
    m_search->setToolTip(tr("Type to filter. Start with > for actions only, @ for users only, "
                            "# for award requests only."));
    m_list->setAccessibleName(tr("Command palette results"));
    //: Footer of the command palette: keys and search prefixes
    m_hint->setText(tr("↑↓ move · Enter open · Esc close · > actions · @ users · # requests"));
    m_hint->setAccessibleName(tr("Command palette help"));
    m_status->setAccessibleName(tr("Search status"));
    updateStatus();
}

void CommandPalette::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void CommandPalette::setLocalEntries(const QList<PaletteEntry> &entries)
{
    m_model->setLocalEntries(entries);
}

void CommandPalette::setScope(const TenantScope &scope)
{
    m_model->setScope(scope);
    updateStatus();
}

void CommandPalette::setToggleShortcut(const QKeySequence &shortcut)
{
    m_toggleShortcut = shortcut;
}

PaletteEntry CommandPalette::paneEntry(const Pane *pane, const QKeySequence &shortcut,
                                       const QStringList &keywords)
{
    PaletteEntry entry;
    entry.kind = PaletteTarget::Kind::Pane;
    entry.id = pane->paneId();
    entry.title = pane->title();
    entry.shortcut = shortcut.toString(QKeySequence::NativeText);
    entry.keywords = keywords;
    const QIcon icon = pane->icon();
    if (!icon.isNull())
        entry.decoration = QVariant::fromValue(icon);
    return entry;
}

PaletteEntry CommandPalette::actionEntry(const QAction *action, const QString &id,
                                         const QStringList &keywords)
{
    PaletteEntry entry;
    entry.kind = PaletteTarget::Kind::Action;
    entry.id = id;
    entry.title = withoutMnemonic(action->text());
    entry.subtitle = action->statusTip();
    entry.shortcut = action->shortcut().toString(QKeySequence::NativeText);
    entry.keywords = keywords;
    if (!action->icon().isNull())
        entry.decoration = QVariant::fromValue(action->icon());
    return entry;
}

PaletteTarget CommandPalette::currentTarget() const
{
    return m_model->targetAt(m_list->currentIndex().row());
}

void CommandPalette::open()
{
    if (!parentWidget())
        return;
    if (isVisible()) {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
        return;
    }
    m_restoreFocus = QApplication::focusWidget();
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_model->setQuery({});
    setCurrentRow(m_model->firstSelectableRow());
    updateStatus();
    reposition();
    show();
    raise();
    qApp->installEventFilter(this); // a click anywhere else closes the palette
    m_search->setFocus(Qt::PopupFocusReason);
    qCDebug(lcPaletteUi) << "opened";
}

void CommandPalette::dismiss()
{
    if (isHidden())
        return;
    const QPointer<QWidget> restore = m_restoreFocus;
    m_restoreFocus = nullptr;
    const bool hadFocus =
        QApplication::focusWidget() == m_search || isAncestorOf(QApplication::focusWidget());
    hide();
    if (hadFocus && restore && restore->isVisible() && restore->isEnabled())
        restore->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::toggle()
{
    if (isVisible())
        dismiss();
    else
        open();
}

void CommandPalette::hideEvent(QHideEvent *event)
{
    qApp->removeEventFilter(this);
    // Cancel a search in flight and start clean next time.
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_model->setQuery({});
    QWidget::hideEvent(event);
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search) {
        if (event->type() == QEvent::ShortcutOverride) {
            auto *key = static_cast<QKeyEvent *>(event);
            // Keep Esc and Ctrl+K here: the line edit would eat Ctrl+K (delete to end of
            // line), a window shortcut would reopen instead of close.
            if (isOwnShortcut(key) || key->key() == Qt::Key_Escape) {
                event->accept();
                return true;
            }
            return false;
        }
        if (event->type() == QEvent::KeyPress)
            return handleKey(static_cast<QKeyEvent *>(event));
        return false;
    }
    if (watched == parentWidget()) {
        if (event->type() == QEvent::Resize && isVisible())
            reposition();
        else if (event->type() == QEvent::Hide && !isHidden())
            hide(); // stay closed when the window shows again
        return false;
    }
    if (event->type() == QEvent::MouseButtonPress && isVisible() && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        if (widget != this && !isAncestorOf(widget))
            dismiss();
    }
    return false;
}

bool CommandPalette::isOwnShortcut(const QKeyEvent *event) const
{
    if (m_toggleShortcut.isEmpty())
        return false;
    const QKeyCombination pressed(event->modifiers() & ~Qt::KeypadModifier,
                                  static_cast<Qt::Key>(event->key()));
    return QKeySequence(pressed) == m_toggleShortcut;
}

bool CommandPalette::handleKey(QKeyEvent *event)
{
    if (isOwnShortcut(event) || event->key() == Qt::Key_Escape) {
        dismiss();
        return true;
    }
    switch (event->key()) {
    case Qt::Key_Up:
        moveCurrent(-1);
        return true;
    case Qt::Key_Down:
        moveCurrent(1);
        return true;
    case Qt::Key_PageUp:
        moveCurrent(-pageSteps());
        return true;
    case Qt::Key_PageDown:
        moveCurrent(pageSteps());
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activateRow(m_list->currentIndex().row());
        return true;
    default:
        return false;
    }
}

int CommandPalette::pageSteps() const
{
    const int row = m_model->firstSelectableRow();
    const int rowHeight = row >= 0 ? m_list->sizeHintForRow(row) : 0;
    if (rowHeight <= 0)
        return 1;
    return qMax(1, m_list->viewport()->height() / rowHeight - 1);
}

void CommandPalette::moveCurrent(int steps)
{
    const int row = m_model->nextSelectableRow(m_list->currentIndex().row(), steps);
    if (row >= 0)
        setCurrentRow(row);
}

void CommandPalette::setCurrentRow(int row)
{
    if (!m_model->isSelectable(row)) {
        m_list->setCurrentIndex({});
        m_list->clearSelection();
        m_lastTarget = {};
        return;
    }
    const QModelIndex index = m_model->index(row);
    m_list->setCurrentIndex(index);
    // Keep the section header of the entry in view too.
    if (row == m_model->firstSelectableRow())
        m_list->scrollToTop();
    else if (row > 0 && !m_model->isSelectable(row - 1))
        m_list->scrollTo(m_model->index(row - 1));
    m_list->scrollTo(index);
    m_lastTarget = m_model->targetAt(row);
    announceCurrent();
}

void CommandPalette::activateRow(int row)
{
    const PaletteTarget target = m_model->targetAt(row);
    if (!target.isValid())
        return; // a header, the error row, or nothing
    qCDebug(lcPaletteUi) << "activated" << target.kind << target.id;
    dismiss();
    Q_EMIT activated(target);
}

void CommandPalette::onModelReset()
{
    // A database answer arrived: stay on the entry the keyboard was on if it is still there.
    int row = m_lastTarget.isValid() ? m_model->rowOf(m_lastTarget) : -1;
    if (row < 0)
        row = m_model->firstSelectableRow();
    setCurrentRow(row);
    updateStatus();
    if (isVisible())
        reposition();
}

void CommandPalette::onFocusChanged(QWidget *old, QWidget *now)
{
    Q_UNUSED(old);
    if (!isVisible() || !now || now == this || isAncestorOf(now))
        return;
    m_restoreFocus = nullptr; // focus went somewhere on purpose; leave it there
    dismiss();
}

void CommandPalette::announceCurrent()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid() || !QAccessible::isActive())
        return;
    // The list never has focus (the search field does), so say which entry is current the
    // way a focused list would.
    QAccessibleEvent event(m_list, QAccessible::Focus);
    event.setChild(index.row());
    QAccessible::updateAccessibility(&event);
}

void CommandPalette::updateStatus()
{
    QString text;
    if (m_model->isSearching())
        text = tr("Searching…");
    else if (m_model->isQueryTooLong())
        text = tr("Search text is too long");
    else if (!m_model->searchText().isEmpty() && m_model->rowCount() == 0)
        text = tr("No matches");
    m_status->setText(text);
}

void CommandPalette::reposition()
{
    QWidget *host = parentWidget();
    if (!host)
        return;
    const int cardWidth = qMin(kCardWidth, qMax(240, host->width() - 2 * kShadow - 16));
    const int rows = m_model->rowCount();
    const int maxListHeight = qBound(120, host->height() / 2, 420);
    int listHeight = 0;
    for (int row = 0; row < rows && listHeight < maxListHeight; ++row)
        listHeight += m_list->sizeHintForRow(row);
    listHeight = qMin(listHeight, maxListHeight);
    if (rows > 0)
        listHeight += 6; // breathing room under the last row
    m_list->setFixedHeight(listHeight);
    m_list->setVisible(rows > 0);
    m_rule->setVisible(rows > 0);
    m_card->layout()->activate();
    const int cardHeight = m_card->sizeHint().height();

    const int top = qMin(host->height() / 8, 96);
    setGeometry((host->width() - cardWidth) / 2 - kShadow, qMax(0, top - kShadow),
                cardWidth + 2 * kShadow, cardHeight + 2 * kShadow);
    m_card->setGeometry(kShadow, kShadow, cardWidth, cardHeight);
}

void CommandPalette::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    // A soft shadow: stacked rounded rectangles, each a little larger and fainter.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    QColor shadow = palette().color(QPalette::Shadow);
    const QRectF card = QRectF(m_card->geometry()).translated(0, 3);
    for (int spread = kShadow - 2; spread > 0; spread -= 2) {
        shadow.setAlpha(10);
        painter.setBrush(shadow);
        painter.drawRoundedRect(card.adjusted(-spread, -spread, spread, spread), kRadius + spread,
                                kRadius + spread);
    }
}

void CommandPalette::mousePressEvent(QMouseEvent *event)
{
    // Clicks on the card's background land here too; only the shadow margin closes.
    QWidget::mousePressEvent(event);
    if (!m_card->geometry().contains(event->position().toPoint()))
        dismiss();
}

} // namespace dicedesk
