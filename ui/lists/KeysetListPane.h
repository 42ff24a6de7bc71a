#pragma once

#include "backend/BackendError.h"
#include "panes/Pane.h"

#include <QDateTime>
#include <QUuid>
#include <optional>

class QAction;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QSplitter;
class QTableView;
class QToolButton;

namespace dicedesk {

class Backend;
class DetailPanel;
class KeysetListModel;
class LoadProgressStrip;
class MessageBar;
class UserFilterEdit;

/// What the event log and the coin ledger panes share: a filter bar (user, jump to a date,
/// the subclass's own filters), the list of a KeysetListModel in a table, the selected row's
/// detail on the right, a status line with the estimated total, a progress strip with Cancel
/// (Esc) for loads over half a second, and an inline message bar with Retry.
///
/// Keys: F5 reloads, Ctrl+F goes to the user filter, Esc cancels a load, Ctrl+C copies the
/// selected row's id; the list's context menu also shows the selected user's rows only.
class KeysetListPane : public Pane
{
    Q_OBJECT

public:
    void setScope(const TenantScope &scope) override;
    bool isSettled() const override { return m_settled; }
    void refresh() override;

    /// Shows only rows about this user (the command palette and the context menu use it).
    void showUser(const QUuid &id, const QString &name);
    QUuid userFilter() const;
    /// Shows rows from this local day and older; a null date shows the newest.
    void jumpToDate(const QDate &day);

    KeysetListModel *listModel() const { return m_model; }
    QTableView *tableView() const { return m_view; }
    DetailPanel *detailPanel() const { return m_detail; }
    /// The message bar's text, empty when it is hidden.
    QString messageText() const;
    QString statusText() const;

protected:
    /// @p settingsKey names the QSettings group ("events"); @p model is owned by the caller
    /// (usually this pane).
    KeysetListPane(Backend *backend, KeysetListModel *model, const QString &settingsKey,
                   QWidget *parent);
    ~KeysetListPane() override;

    /// Gives the model the filter of the current scope, user, date and the subclass's own
    /// filters (which resets it). Called by refresh().
    virtual void applyFilter() = 0;
    /// Fills the detail panel for @p row; -1 (or a row still loading) shows a hint.
    virtual void showDetail(int row) = 0;
    /// "≈ 10,234,567 events · 400 shown" (exact: all rows are shown).
    virtual QString statusFor(qint64 total, int shown, bool exact) const = 0;
    /// "Loading events…"
    virtual QString loadingText() const = 0;
    /// "Show this user's events"
    virtual QString showUserText() const = 0;
    /// Re-sets the subclass's translated texts; the base's are done already.
    virtual void retranslateUi() {}
    /// Call at the end of the subclass's constructor: sets the texts that come from the
    /// subclass and restores the saved layout.
    void completeSetup();

    void changeEvent(QEvent *event) override;

    Backend *backend() const { return m_backend; }
    const TenantScope &scope() const { return m_scope; }
    /// The start of the day after the jump date, in UTC; invalid when showing the newest.
    QDateTime before() const;
    /// Where subclasses add their own filters (after the user filter).
    QHBoxLayout *filterBar() const { return m_filterBar; }
    /// The selected row, or -1.
    int currentRow() const;
    /// Selects and shows @p row.
    void selectRow(int row);
    void showInformation(const QString &text);

private:
    void retranslateBase();
    void retranslateTitles();
    void updateExtraRowSpan();
    void updateStatus();
    void updateActions();
    void onFetchFailed(const BackendError &error);
    void showError();
    void copyId();
    void showUserOfCurrentRow();
    void saveLayout();

    Backend *m_backend;
    KeysetListModel *m_model;
    QString m_settingsKey;
    QLabel *m_heading;
    QLabel *m_status;
    QToolButton *m_refresh;
    MessageBar *m_messages;
    QHBoxLayout *m_filterBar;
    QLabel *m_userLabel;
    UserFilterEdit *m_userFilter;
    QLabel *m_dateLabel;
    QDateEdit *m_jumpDate;
    QToolButton *m_newest;
    LoadProgressStrip *m_progress;
    QSplitter *m_splitter;
    QTableView *m_view;
    DetailPanel *m_detail;
    QAction *m_refreshAction;
    QAction *m_findAction;
    QAction *m_cancelAction;
    QAction *m_copyIdAction;
    QAction *m_showUserAction;
    TenantScope m_scope;
    std::optional<BackendError> m_error; ///< shown in the message bar, re-worded on a new language
    bool m_settled = false;
};

} // namespace dicedesk
