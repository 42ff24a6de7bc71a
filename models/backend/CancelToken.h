#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace dicedesk {

/// Lets the UI cancel a backend call. Copies share one state; pass a copy with the call and
/// keep one to cancel. Cancelling a queued call drops it; cancelling a running one asks the
/// server to cancel the query (not just ignore its answer). Thread-safe.
class CancelToken
{
public:
    CancelToken();

    void cancel();
    bool isCancelled() const;

    /// For backends: run @p hook when cancel() is called (at once if it already was).
    /// The hook runs on the thread calling cancel() and must not block.
    void setHook(std::function<void()> hook);
    void clearHook();

private:
    struct State
    {
        std::atomic<bool> cancelled{false};
        std::mutex mutex;
        std::function<void()> hook;
    };
    std::shared_ptr<State> m_state;
};

} // namespace dicedesk
