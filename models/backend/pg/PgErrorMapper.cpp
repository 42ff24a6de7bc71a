#include "PgErrorMapper.h"

#include "backend/Logging.h"

#include <pqxx/except>
#include <stdexcept>

namespace dicedesk::pg {

QString firstLine(const char *message)
{
    QString text = QString::fromUtf8(message).trimmed();
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    if (newline >= 0)
        text.truncate(newline);
    if (text.startsWith(QLatin1String("ERROR:")))
        text = text.mid(6).trimmed();
    return text;
}

BackendError::Kind kindForSqlState(const QString &sqlState, const QString &message)
{
    using Kind = BackendError::Kind;
    if (sqlState == QLatin1String("57014"))
        return message.contains(QLatin1String("timeout")) ? Kind::Timeout : Kind::Cancelled;
    if (sqlState == QLatin1String("42501") || sqlState.startsWith(QLatin1String("28")))
        return Kind::Permission;
    // DiceDesk's own codes (docs/database.md): idempotency conflict, already decided.
    if (sqlState == QLatin1String("DD409") || sqlState == QLatin1String("DD423"))
        return Kind::Conflict;
    if (sqlState == QLatin1String("DD402"))
        return Kind::Validation;
    if (sqlState == QLatin1String("23505") || sqlState == QLatin1String("40001") ||
        sqlState == QLatin1String("40P01") || sqlState == QLatin1String("55P03"))
        return Kind::Conflict;
    if (sqlState == QLatin1String("P0002") || sqlState == QLatin1String("02000"))
        return Kind::NotFound;
    if (sqlState.startsWith(QLatin1String("08")) || sqlState.startsWith(QLatin1String("57P")))
        return Kind::Connection;
    if (sqlState.startsWith(QLatin1String("22")) || sqlState.startsWith(QLatin1String("23")) ||
        sqlState == QLatin1String("P0001"))
        return Kind::Validation;
    return Kind::Internal;
}

namespace {

// libpqxx 6.4 throws some of its typed exceptions without the SQLSTATE: 42501 as an
// sql_error with an empty code, and 40000/40001/40003/40P01 as transaction_rollback, which is
// no sql_error at all. Their type still tells the code.

QString sqlStateOf(const pqxx::sql_error &e)
{
    if (!e.sqlstate().empty())
        return QString::fromStdString(e.sqlstate());
    if (dynamic_cast<const pqxx::insufficient_privilege *>(&e))
        return QStringLiteral("42501");
    return {};
}

QString sqlStateOf(const pqxx::transaction_rollback &e)
{
    if (dynamic_cast<const pqxx::serialization_failure *>(&e))
        return QStringLiteral("40001");
    if (dynamic_cast<const pqxx::deadlock_detected *>(&e))
        return QStringLiteral("40P01");
    if (dynamic_cast<const pqxx::statement_completion_unknown *>(&e))
        return QStringLiteral("40003");
    return QStringLiteral("40000");
}

} // namespace

bool isAuthenticationFailure(const QString &message)
{
    // libpq reports these as connection failures without an SQLSTATE; they must not be
    // retried as if the network had dropped.
    static const char *const kMarkers[] = {"password authentication failed",
                                           "no password supplied",
                                           "authentication failed",
                                           "does not exist",
                                           "pg_hba.conf",
                                           "SSL error",
                                           "certificate",
                                           "is not permitted to log in"};
    for (const char *marker : kMarkers) {
        if (message.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

BackendError errorFromCurrentException()
{
    using Kind = BackendError::Kind;
    try {
        throw;
    } catch (const pqxx::broken_connection &e) {
        qCWarning(lcPgWorker) << "connection failed:" << e.what();
        const QString message = firstLine(e.what());
        return {isAuthenticationFailure(message) ? Kind::Authentication : Kind::Connection,
                message};
    } catch (const pqxx::sql_error &e) {
        const QString state = sqlStateOf(e);
        const QString message = firstLine(e.what());
        qCWarning(lcPgWorker).noquote()
            << "query failed:" << state << message << "in" << QString::fromStdString(e.query());
        return {kindForSqlState(state, message), message, state};
    } catch (const pqxx::transaction_rollback &e) {
        const QString state = sqlStateOf(e);
        const QString message = firstLine(e.what());
        qCWarning(lcPgWorker).noquote() << "transaction rolled back:" << state << message;
        return {kindForSqlState(state, message), message, state};
    } catch (const pqxx::in_doubt_error &e) {
        qCWarning(lcPgWorker) << "commit in doubt:" << e.what();
        return {Kind::Connection, firstLine(e.what())};
    } catch (const pqxx::argument_error &e) {
        // libpqxx's own misuse report (also a std::invalid_argument): a bug, not bad input.
        qCWarning(lcPgWorker) << "internal error:" << e.what();
        return {Kind::Internal, firstLine(e.what())};
    } catch (const std::invalid_argument &e) {
        // Input the console refuses before it reaches the server (say, a NUL byte).
        return {Kind::Validation, QString::fromUtf8(e.what())};
    } catch (const std::exception &e) {
        qCWarning(lcPgWorker) << "internal error:" << e.what();
        return {Kind::Internal, firstLine(e.what())};
    } catch (...) {
        qCWarning(lcPgWorker) << "unknown exception";
        return {Kind::Internal, QStringLiteral("unknown exception")};
    }
}

} // namespace dicedesk::pg
