#pragma once

#include <QCoreApplication>
#include <QString>

namespace dicedesk {

/// A failure from a backend call, typed so the UI can react (retry, re-login, fix input)
/// and worded for the user. Technical detail goes to the log, never into the pane.
class BackendError
{
    Q_DECLARE_TR_FUNCTIONS(BackendError)

public:
    enum class Kind
    {
        None,
        Permission,
        Validation,
        Conflict,
        NotFound,
        Connection,
        Authentication, ///< the server refused the login (password, role, certificate)
        Timeout,
        Cancelled,
        Internal,
    };

    BackendError() = default;
    BackendError(Kind kind, QString detail, QString sqlState = {});

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    /// Technical detail (server message), for logs and the "details" disclosure.
    const QString &detail() const { return m_detail; }
    const QString &sqlState() const { return m_sqlState; }
    /// A translated sentence for the user, chosen by kind.
    QString userMessage() const;

private:
    Kind m_kind = Kind::None;
    QString m_detail;
    QString m_sqlState;
};

} // namespace dicedesk
