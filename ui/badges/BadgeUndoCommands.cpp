#include "BadgeUndoCommands.h"

#include <utility>

namespace dicedesk {

BadgeEditCommand::BadgeEditCommand(Apply apply, BadgeConfig before, BadgeConfig after,
                                   BadgeEditField field, quint64 gesture, const QString &text)
    : QUndoCommand(text)
    , m_apply(std::move(apply))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_field(field)
    , m_gesture(gesture)
{}

void BadgeEditCommand::undo()
{
    m_apply(m_before);
}

void BadgeEditCommand::redo()
{
    m_apply(m_after);
}

int BadgeEditCommand::id() const
{
    return m_gesture == 0 ? -1 : static_cast<int>(m_field);
}

bool BadgeEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const BadgeEditCommand *>(other);
    if (!next || next->m_gesture != m_gesture || next->m_field != m_field || m_gesture == 0)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace dicedesk
