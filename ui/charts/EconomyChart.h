#pragma once

#include <QWidget>

class QAbstractItemModel;

namespace dicedesk {

class EconomyChartPrivate;

/// The chart adapter: draws coins minted and spent per day from a DailyEconomyModel.
/// Qt Charts stays behind this seam (it is deprecated after Qt 6.10); only the model is
/// the interface, so the drawing library can be swapped without touching panes.
class EconomyChart : public QWidget
{
    Q_OBJECT

public:
    explicit EconomyChart(QWidget *parent = nullptr);
    ~EconomyChart() override;

    void setModel(QAbstractItemModel *model);

private:
    void rebuild();

    QAbstractItemModel *m_model = nullptr;
    EconomyChartPrivate *d;
};

} // namespace dicedesk
