#pragma once

#include "backend/BackendError.h"
#include "panes/Pane.h"

#include <QList>
#include <QTime>
#include <optional>

class QAction;
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

protected:
    void changeEvent(QEvent *event) override;

private:
    /// What the status label says; kept so it can be said again in another language.
    enum class Status
    {
        None,
        Loading,
        Updated
    };

    void setLoading(bool loading);
    void setStatus(Status status);
    void showError(const BackendError &error);
    /// Re-sets every translated text (QEvent::LanguageChange).
    void retranslateUi();

    Backend *m_backend;
    OverviewFiguresModel *m_figures;
    DailyEconomyModel *m_daily;
    MessageBar *m_messages;
    QLabel *m_heading;
    QLabel *m_status;
    QToolButton *m_refresh;
    QAction *m_refreshAction;
    EconomyChart *m_chart;
    QList<FigureCard *> m_cards;
    TenantScope m_scope;
    Status m_statusKind = Status::None;
    QTime m_updatedAt;
    std::optional<BackendError> m_error; ///< shown in the message bar, re-worded on a new language
    quint64 m_generation = 0;            ///< answers for an older scope are dropped
    bool m_settled = false;
};

} // namespace dicedesk
