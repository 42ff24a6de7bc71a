#pragma once

#include "BackendError.h"

#include <optional>
#include <utility>

namespace dicedesk {

/// The value of a backend call or the typed error that prevented it.
template<typename T> class Result
{
public:
    Result() = default;
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(BackendError error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    const BackendError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    BackendError m_error{BackendError::Kind::Internal, QStringLiteral("no result")};
};

} // namespace dicedesk
