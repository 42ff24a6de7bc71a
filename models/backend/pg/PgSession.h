#pragma once

#include "backend/ConnectionOptions.h"

#include <pqxx/connection>
#include <pqxx/transaction_base>

namespace dicedesk::pg {

/// What a job on the worker thread gets: the open connection, and the one step every
/// transaction must take first (operator mode's role and claims, set per transaction).
class PgSession
{
public:
    PgSession(pqxx::connection &connection, const ConnectionOptions &options)
        : m_connection(connection)
        , m_options(options)
    {}

    pqxx::connection &connection() { return m_connection; }
    /// Call right after opening a transaction. For a personal login it does nothing (the
    /// database knows the user from the login); in operator mode it runs
    /// `SET LOCAL ROLE service_role` and sets the acting user's claims for this
    /// transaction only, so a pooled or reused session never carries them over.
    void prepare(pqxx::transaction_base &tx) const;

private:
    pqxx::connection &m_connection;
    const ConnectionOptions &m_options;
};

} // namespace dicedesk::pg
