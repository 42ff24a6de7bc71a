#pragma once

#include "badges/BadgeConfig.h"

#include <QUndoCommand>
#include <functional>

namespace dicedesk {

/// Which part of a badge an edit touched; continuous edits of one part merge.
enum class BadgeEditField
{
    Shape = 1,
    Fill,
    Gradient,
    GradientTo,
    GradientAngle,
    Border,
    BorderColor,
    BorderWidth,
    Icon,
    IconColor,
    Label,
    LabelColor,
    Preset,
};

/// One edit of the badge: the whole config before and after (a badge is a few hundred bytes).
/// Edits made within one continuous gesture (a colour dragged in the colour dialog, a slider
/// held down, a label being typed) carry the gesture's serial and merge into one undo step;
/// @p gesture 0 means a one-off edit that never merges. A merged step that ends where it
/// started (a cancelled colour dialog) becomes obsolete and leaves the stack.
class BadgeEditCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const BadgeConfig &)>;

    BadgeEditCommand(Apply apply, BadgeConfig before, BadgeConfig after, BadgeEditField field,
                     quint64 gesture, const QString &text);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const BadgeConfig &before() const { return m_before; }
    const BadgeConfig &after() const { return m_after; }
    quint64 gesture() const { return m_gesture; }

private:
    Apply m_apply;
    BadgeConfig m_before;
    BadgeConfig m_after;
    BadgeEditField m_field;
    quint64 m_gesture;
};

} // namespace dicedesk
