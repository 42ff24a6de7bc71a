#pragma once

class QHBoxLayout;
class QString;
class QWidget;

namespace dicedesk {

/// Adjustments the history and audit panes make to the filter bar of KeysetListPane.

/// Hides the base's "Jump to" date field (and its label and reset button): these panes
/// filter by a PeriodFilter instead.
void hideJumpToDate(QWidget *pane, QHBoxLayout *filterBar);

/// Re-labels the base's user filter for what the user is in this list (the admin who sent
/// an award, the actor of an audit entry).
void relabelUserFilter(QWidget *pane, const QString &label, const QString &placeholder,
                       const QString &toolTip);

} // namespace dicedesk
