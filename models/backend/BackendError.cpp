#include "BackendError.h"

#include <utility>

namespace dicedesk {

BackendError::BackendError(Kind kind, QString detail, QString sqlState)
    : m_kind(kind)
    , m_detail(std::move(detail))
    , m_sqlState(std::move(sqlState))
{}

QString BackendError::userMessage() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Permission:
        return tr("You do not have permission to do this with the roles you hold.");
    case Kind::Validation:
        //: %1 is the database's own explanation of what was wrong with the input.
        return tr("The database refused the input: %1").arg(m_detail);
    case Kind::Conflict:
        return tr("Someone else changed this at the same time. Refresh and try again.");
    case Kind::NotFound:
        return tr("The record no longer exists.");
    case Kind::Connection:
        return tr("The connection to the database was lost or could not be opened.");
    case Kind::Authentication:
        return tr("The server did not accept the login. Check the user name, password and "
                  "certificate settings.");
    case Kind::Timeout:
        return tr("The database took too long to answer, so the request was stopped.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Internal:
        return tr("Something unexpected went wrong. The details are in the log.");
    }
    return {};
}

} // namespace dicedesk
