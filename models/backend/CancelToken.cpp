#include "CancelToken.h"

namespace dicedesk {

CancelToken::CancelToken()
    : m_state(std::make_shared<State>())
{}

void CancelToken::cancel()
{
    std::function<void()> hook;
    {
        std::lock_guard lock(m_state->mutex);
        if (m_state->cancelled.exchange(true))
            return;
        hook = m_state->hook;
    }
    if (hook)
        hook();
}

bool CancelToken::isCancelled() const
{
    return m_state->cancelled.load();
}

void CancelToken::setHook(std::function<void()> hook)
{
    bool runNow = false;
    {
        std::lock_guard lock(m_state->mutex);
        m_state->hook = hook;
        runNow = m_state->cancelled.load();
    }
    if (runNow && hook)
        hook();
}

void CancelToken::clearHook()
{
    std::lock_guard lock(m_state->mutex);
    m_state->hook = nullptr;
}

} // namespace dicedesk
