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

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    /// Re-sets every translated text and the locale of the date axis (LanguageChange).
    void retranslateUi();
    /// Light or dark chart theme after the application palette (PaletteChange).
    void applyTheme();

    QAbstractItemModel *m_model = nullptr;
    EconomyChartPrivate *d;
    int m_themedDark = -1; ///< darkness the chart theme was chosen for; -1 none yet
};

} // namespace dicedesk
