#pragma once

#include "panes/Pane.h"

#include <QList>

class QLabel;
class QToolButton;

namespace dicedesk {

class Backend;
class DailyEconomyModel;
class EconomyChart;
class FigureCard;
class MessageBar;
class OverviewFiguresModel;

/// The first pane: live figures of the economy for the chosen tenant scope, fetched on the
/// backend's thread; the GUI thread only formats and draws.
class OverviewPane : public Pane
{
    Q_OBJECT

public:
    explicit OverviewPane(Backend *backend, QWidget *parent = nullptr);

    QString paneId() const override { return QStringLiteral("overview"); }
    QString title() const override;
    QIcon icon() const override;
    void setScope(const TenantScope &scope) override;
    bool isSettled() const override { return m_settled; }
    void refresh() override;

    OverviewFiguresModel *figuresModel() const { return m_figures; }
    DailyEconomyModel *dailyModel() const { return m_daily; }
    QString errorText() const;

private:
    void setLoading(bool loading);

    Backend *m_backend;
    OverviewFiguresModel *m_figures;
    DailyEconomyModel *m_daily;
    MessageBar *m_messages;
    QLabel *m_heading;
    QLabel *m_status;
    QToolButton *m_refresh;
    EconomyChart *m_chart;
    QList<FigureCard *> m_cards;
    TenantScope m_scope;
    quint64 m_generation = 0; ///< answers for an older scope are dropped
    bool m_settled = false;
};

} // namespace dicedesk
