#include "OverviewPane.h"

#include "FigureCard.h"
#include "Logging.h"
#include "backend/Backend.h"
#include "charts/EconomyChart.h"
#include "items/DailyEconomyModel.h"
#include "items/OverviewFiguresModel.h"
#include "panes/PaneHeading.h"
#include "theme/ThemedIcon.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace dicedesk {

OverviewPane::OverviewPane(Backend *backend, QWidget *parent)
    : Pane(parent)
    , m_backend(backend)
    , m_figures(new OverviewFiguresModel(this))
    , m_daily(new DailyEconomyModel(this))
    , m_messages(new MessageBar(this))
    , m_heading(new QLabel(this))
    , m_status(new QLabel(this))
    , m_refresh(new QToolButton(this))
    , m_refreshAction(
          new QAction(themedIcon(QStringLiteral(":/icons/refresh.svg")), QString(), this))
    , m_chart(new EconomyChart(this))
{
    setObjectName(QStringLiteral("overviewPane"));

    stylePaneHeading(m_heading, m_status);

    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_refreshAction, &QAction::triggered, this, &OverviewPane::refresh);
    addAction(m_refreshAction);
    m_refresh->setDefaultAction(m_refreshAction);
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *header = new QHBoxLayout;
    header->addWidget(m_heading);
    header->addStretch(1);
    header->addWidget(m_status);
    header->addWidget(m_refresh);

    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    for (int row = 0; row < OverviewFiguresModel::FigureCount; ++row) {
        auto *card = new FigureCard(QPersistentModelIndex(m_figures->index(row, 0)), this);
        m_cards.append(card);
        grid->addWidget(card, row / 3, row % 3);
    }
    connect(m_figures, &QAbstractItemModel::dataChanged, this, [this] {
        for (FigureCard *card : std::as_const(m_cards))
            card->update();
    });
    m_chart->setModel(m_daily);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addWidget(m_messages);
    layout->addLayout(grid);
    layout->addWidget(m_chart, 1);

    connect(m_messages, &MessageBar::retryRequested, this, &OverviewPane::refresh);
    retranslateUi();
}

void OverviewPane::retranslateUi()
{
    setAccessibleName(title());
    m_heading->setText(title());
    m_status->setAccessibleName(tr("Overview status"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(
        tr("Fetch the figures again (%1)")
            .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    m_refresh->setAccessibleName(tr("Refresh overview"));
    setStatus(m_statusKind);
    if (m_error && !m_messages->text().isEmpty())
        showError(*m_error);
}

void OverviewPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Pane::changeEvent(event);
}

void OverviewPane::setStatus(Status status)
{
    m_statusKind = status;
    switch (status) {
    case Status::None:
        m_status->clear();
        break;
    case Status::Loading:
        m_status->setText(tr("Loading…"));
        break;
    case Status::Updated:
        //: %1 is a time of day in the user's locale
        m_status->setText(
            tr("Updated %1").arg(QLocale().toString(m_updatedAt, QLocale::ShortFormat)));
        break;
    }
}

void OverviewPane::showError(const BackendError &error)
{
    m_error = error;
    m_messages->showMessage(MessageBar::Tone::Error, error.userMessage(), error.detail());
}

QString OverviewPane::title() const
{
    return tr("Overview");
}

QIcon OverviewPane::icon() const
{
    return themedIcon(QStringLiteral(":/icons/overview.svg"));
}

void OverviewPane::setScope(const TenantScope &scope)
{
    m_scope = scope;
    refresh();
}

QString OverviewPane::errorText() const
{
    return m_messages->text();
}

void OverviewPane::setLoading(bool loading)
{
    m_refresh->setEnabled(!loading);
    if (loading)
        setStatus(Status::Loading);
}

void OverviewPane::refresh()
{
    if (m_scope.tenantIds.isEmpty()) {
        // Nothing to show: drop any answer still on its way for the previous scope.
        ++m_generation;
        m_figures->clear();
        m_daily->setDays({});
        setLoading(false);
        setStatus(Status::None);
        m_settled = false;
        return;
    }
    const quint64 generation = ++m_generation;
    m_settled = false;
    setLoading(true);
    qCDebug(lcOverview) << "fetching figures for" << m_scope.tenantIds.size() << "tenant(s)";
    m_backend->overview(m_scope).then(
        this, [this, generation](const Result<OverviewFigures> &result) {
            if (generation != m_generation)
                return; // the scope changed meanwhile; a newer answer is on its way
            setLoading(false);
            if (result.ok()) {
                m_error.reset();
                m_messages->clear();
                m_figures->setFigures(result.value());
                m_daily->setDays(result.value().last30Days);
                m_updatedAt = QTime::currentTime();
                setStatus(Status::Updated);
            } else {
                qCWarning(lcOverview) << "figures failed:" << result.error().detail();
                showError(result.error());
                setStatus(Status::None);
            }
            m_settled = true;
            Q_EMIT settled();
        });
}

} // namespace dicedesk
