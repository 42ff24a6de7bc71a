#pragma once

#include "domain/Tenant.h"
#include "items/PaletteEntry.h"

#include <QKeySequence>
#include <QPointer>
#include <QWidget>

class QAction;
class QFrame;
class QLabel;
class QLineEdit;
class QListView;

namespace dicedesk {

class Backend;
class Pane;
class PaletteModel;

/// The command palette (Ctrl+K): a search field over a list of panes, actions, users,
/// achievements and award requests, floating near the top of its window. Typing filters,
/// Up/Down/PageUp/PageDown move (section headers are skipped), Enter or a click picks,
/// Esc or the opening shortcut again closes. Database matches come from Backend::search
/// through a PaletteModel; "Searching…" shows while it runs.
///
/// It is a child widget laid over the window, not a top-level window, so it never shows in
/// the task bar; it closes when focus or a click goes elsewhere. The shell registers the
/// panes and actions, tells it the tenant scope, and reacts to activated().
class CommandPalette : public QWidget
{
    Q_OBJECT

public:
    /// @param window the window to float over (the main window); the palette is its child.
    CommandPalette(Backend *backend, QWidget *window);
    ~CommandPalette() override;

    /// The panes and actions to offer, in the order they should be listed.
    void setLocalEntries(const QList<PaletteEntry> &entries);
    /// Which tenants the database search covers.
    void setScope(const TenantScope &scope);
    /// The shortcut that also closes the open palette (default Ctrl+K).
    void setToggleShortcut(const QKeySequence &shortcut);
    QKeySequence toggleShortcut() const { return m_toggleShortcut; }

    /// An entry for a pane: its id, title and icon, with the shortcut that shows it.
    static PaletteEntry paneEntry(const Pane *pane, const QKeySequence &shortcut = {},
                                  const QStringList &keywords = {});
    /// An entry for an action: its text without the mnemonic, its icon and shortcut.
    static PaletteEntry actionEntry(const QAction *action, const QString &id,
                                    const QStringList &keywords = {});

    bool isOpen() const { return isVisible(); }
    /// The entry the keyboard is on (invalid if none).
    PaletteTarget currentTarget() const;

    PaletteModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QListView *resultList() const { return m_list; }
    /// "Searching…", "No matches" or empty.
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    /// Shows the palette with an empty search field focused (re-focuses it if open).
    void open();
    /// Hides the palette and gives focus back to where it was.
    void dismiss();
    void toggle();

Q_SIGNALS:
    /// The user picked an entry; the palette has already closed.
    void activated(const dicedesk::PaletteTarget &target);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    bool handleKey(QKeyEvent *event);
    bool isOwnShortcut(const QKeyEvent *event) const;
    void moveCurrent(int steps);
    int pageSteps() const;
    void setCurrentRow(int row);
    void activateRow(int row);
    void onModelReset();
    void onFocusChanged(QWidget *old, QWidget *now);
    void announceCurrent();
    void updateStatus();
    void reposition();

    PaletteModel *m_model;
    QFrame *m_card;
    QLineEdit *m_search;
    QFrame *m_rule;
    QListView *m_list;
    QLabel *m_hint;
    QLabel *m_status;
    QKeySequence m_toggleShortcut;
    PaletteTarget m_lastTarget; ///< kept across model resets (database answers arriving)
    QPointer<QWidget> m_restoreFocus;
};

} // namespace dicedesk
