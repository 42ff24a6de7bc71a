#pragma once

#include "backend/ConnectionOptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace dicedesk {

/// A saved way to reach a database: where it is, who logs in and how the link is secured.
/// Holds no secret; the password comes from the keychain or the user and is only ever
/// joined to the profile in memory, by toOptions().
class ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    enum class Mode
    {
        Tcp,         ///< host name or address and port
        LocalSocket, ///< a Unix socket in socketDir (port names the socket file)
    };

    /// libpq's sslmode values, weakest first.
    enum class SslMode
    {
        Disable,
        Allow,
        Prefer,
        Require,
        VerifyCa,
        VerifyFull,
    };

    static constexpr int kDefaultPort = 5432;
    /// libpq gives up on an unreachable server after this many seconds.
    static constexpr int kConnectTimeoutSeconds = 10;

    QUuid id;
    QString name;
    Mode mode = Mode::Tcp;
    QString host;
    int port = kDefaultPort;
    QString database;
    QString user;
    SslMode sslMode = SslMode::Prefer;
    /// Root certificate(s) the server's certificate must chain to (verify-ca, verify-full).
    QString caFile;
    /// Folder holding the server's socket file, for Mode::LocalSocket.
    QString socketDir;
    /// Lekbanken/Supabase databases: a privileged login acts as the admin user actAsUser
    /// (SET LOCAL ROLE service_role and that user's claims in every transaction).
    bool operatorMode = false;
    QUuid actAsUser;
    /// Keep the password in the system keychain.
    bool rememberPassword = true;
    /// Shipped with DiceDesk (the local demo): read-only, cannot be deleted.
    bool builtIn = false;
    /// Stable name of a built-in profile ("local-demo"), empty for the user's own.
    QString key;

    /// A new profile with a fresh id and the defaults of a TCP connection.
    static ConnectionProfile create(const QString &name);

    /// Everything a backend needs, with @p password joined in (memory only). Call only when
    /// problems(password) is empty: a value that cannot be written into a libpq connection
    /// string (a NUL character) throws std::invalid_argument rather than being cut short.
    ConnectionOptions toOptions(const QString &password) const;
    /// The libpq connection string alone (see toOptions()).
    QString conninfo(const QString &password) const;

    /// What stops this profile from connecting, as translated sentences; empty when it can
    /// be tried. @p password is checked only for characters libpq cannot take.
    QStringList problems(const QString &password = {}) const;

    /// "user @ host" or "user @ local socket", for lists and status lines.
    QString endpointText() const;

    /// libpq's keyword for an sslmode ("verify-full"), and back.
    static QString sslModeKeyword(SslMode mode);
    static std::optional<SslMode> sslModeFromKeyword(const QString &keyword);
    /// A value quoted for a libpq connection string: in single quotes, with backslash and
    /// quote escaped by a backslash. std::nullopt if it holds a NUL character.
    static std::optional<QString> quoteConninfoValue(const QString &value);

    bool operator==(const ConnectionProfile &other) const = default;
};

} // namespace dicedesk
