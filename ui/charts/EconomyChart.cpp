#include "EconomyChart.h"

#include "items/DailyEconomyModel.h"
#include "theme/ThemeManager.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGuiApplication>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace dicedesk {

class EconomyChartPrivate
{
public:
    QChart *chart = new QChart;
    QChartView *view = nullptr;
    QLineSeries *minted = new QLineSeries;
    QLineSeries *spent = new QLineSeries;
    QDateTimeAxis *xAxis = new QDateTimeAxis;
    QValueAxis *yAxis = new QValueAxis;
};

// The colours the lists use for earn (green) and spend (amber), so chart and rows agree.
static const QColor kMintedColour(0x2e, 0x8b, 0x57);
static const QColor kSpentColour(0xd0, 0x7a, 0x1c);

EconomyChart::EconomyChart(QWidget *parent)
    : QWidget(parent)
    , d(new EconomyChartPrivate)
{
    d->chart->addSeries(d->minted);
    d->chart->addSeries(d->spent);
    d->xAxis->setFormat(QStringLiteral("d MMM"));
    d->xAxis->setTickCount(6);
    d->yAxis->setLabelFormat(QStringLiteral("%d"));
    d->chart->addAxis(d->xAxis, Qt::AlignBottom);
    d->chart->addAxis(d->yAxis, Qt::AlignLeft);
    for (QLineSeries *series : {d->minted, d->spent}) {
        series->attachAxis(d->xAxis);
        series->attachAxis(d->yAxis);
    }
    d->chart->legend()->setAlignment(Qt::AlignBottom);
    d->chart->setMargins(QMargins(4, 4, 4, 4));
    applyTheme();

    d->view = new QChartView(d->chart, this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setMinimumHeight(240);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->view);
    retranslateUi();
}

void EconomyChart::retranslateUi()
{
    d->minted->setName(tr("Minted"));
    d->spent->setName(tr("Spent"));
    d->chart->setTitle(tr("Coins per day, last 30 full days"));
    d->chart->setLocale(QLocale()); // month names on the date axis
    d->view->setAccessibleName(tr("Chart of coins minted and spent per day"));
}

void EconomyChart::applyTheme()
{
    // The application palette, not this widget's: it is what the theme switch changes.
    const bool dark = ThemeManager::isDarkPalette(QGuiApplication::palette());
    if (m_themedDark == (dark ? 1 : 0))
        return;
    m_themedDark = dark ? 1 : 0;
    // A chart theme resets colours and pens, so the series' own colours come after it.
    d->chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    d->chart->setBackgroundVisible(false);
    d->minted->setPen(QPen(kMintedColour, 2.5));
    d->spent->setPen(QPen(kSpentColour, 2.5));
}

void EconomyChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

EconomyChart::~EconomyChart()
{
    delete d;
}

void EconomyChart::setModel(QAbstractItemModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &EconomyChart::rebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &EconomyChart::rebuild);
    }
    rebuild();
}

void EconomyChart::rebuild()
{
    QList<QPointF> minted;
    QList<QPointF> spent;
    qint64 maximum = 0;
    QDateTime first;
    QDateTime last;
    const int rows = m_model ? m_model->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        const auto role = DailyEconomyModel::RawValueRole;
        const QDate day = m_model->index(row, DailyEconomyModel::DayColumn).data(role).toDate();
        const qint64 in =
            m_model->index(row, DailyEconomyModel::MintedColumn).data(role).toLongLong();
        const qint64 out =
            m_model->index(row, DailyEconomyModel::SpentColumn).data(role).toLongLong();
        const QDateTime at = day.startOfDay();
        if (!first.isValid())
            first = at;
        last = at;
        minted.append(QPointF(static_cast<qreal>(at.toMSecsSinceEpoch()), static_cast<qreal>(in)));
        spent.append(QPointF(static_cast<qreal>(at.toMSecsSinceEpoch()), static_cast<qreal>(out)));
        maximum = std::max({maximum, in, out});
    }
    d->minted->replace(minted);
    d->spent->replace(spent);
    if (first.isValid()) {
        d->xAxis->setRange(first, last);
        d->yAxis->setRange(0, static_cast<qreal>(maximum) * 1.1 + 1);
        d->yAxis->applyNiceNumbers();
    }
}

} // namespace dicedesk
