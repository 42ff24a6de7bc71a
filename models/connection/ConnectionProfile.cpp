#include "ConnectionProfile.h"

#include <QDir>
#include <QFileInfo>
#include <stdexcept>

namespace dicedesk {

namespace {

struct SslModeName
{
    ConnectionProfile::SslMode mode;
    const char *keyword;
};

constexpr SslModeName kSslModes[] = {
    {ConnectionProfile::SslMode::Disable, "disable"},
    {ConnectionProfile::SslMode::Allow, "allow"},
    {ConnectionProfile::SslMode::Prefer, "prefer"},
    {ConnectionProfile::SslMode::Require, "require"},
    {ConnectionProfile::SslMode::VerifyCa, "verify-ca"},
    {ConnectionProfile::SslMode::VerifyFull, "verify-full"},
};

bool verifiesServer(ConnectionProfile::SslMode mode)
{
    return mode == ConnectionProfile::SslMode::VerifyCa ||
           mode == ConnectionProfile::SslMode::VerifyFull;
}

/// Appends `keyword='value'`; throws rather than let libpq see a string cut at a NUL.
void append(QStringList &parts, const char *keyword, const QString &value)
{
    const std::optional<QString> quoted = ConnectionProfile::quoteConninfoValue(value);
    if (!quoted)
        throw std::invalid_argument(std::string("the connection setting '") + keyword +
                                    "' contains a NUL character");
    parts << QLatin1String(keyword) + QLatin1Char('=') + *quoted;
}

} // namespace

ConnectionProfile ConnectionProfile::create(const QString &name)
{
    ConnectionProfile profile;
    profile.id = QUuid::createUuid();
    profile.name = name;
    return profile;
}

QString ConnectionProfile::sslModeKeyword(SslMode mode)
{
    for (const SslModeName &entry : kSslModes) {
        if (entry.mode == mode)
            return QLatin1String(entry.keyword);
    }
    return QStringLiteral("prefer");
}

std::optional<ConnectionProfile::SslMode>
ConnectionProfile::sslModeFromKeyword(const QString &keyword)
{
    for (const SslModeName &entry : kSslModes) {
        if (keyword == QLatin1String(entry.keyword))
            return entry.mode;
    }
    return std::nullopt;
}

std::optional<QString> ConnectionProfile::quoteConninfoValue(const QString &value)
{
    if (value.contains(QChar(u'\0')))
        return std::nullopt;
    QString quoted;
    quoted.reserve(value.size() + 2);
    quoted += QLatin1Char('\'');
    for (const QChar c : value) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('\''))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    quoted += QLatin1Char('\'');
    return quoted;
}

QString ConnectionProfile::conninfo(const QString &password) const
{
    QStringList parts;
    if (mode == Mode::LocalSocket) {
        append(parts, "host", socketDir);
    } else {
        append(parts, "host", host);
    }
    append(parts, "port", QString::number(port));
    append(parts, "dbname", database);
    append(parts, "user", user);
    if (mode == Mode::Tcp) {
        append(parts, "sslmode", sslModeKeyword(sslMode));
        if (verifiesServer(sslMode))
            append(parts, "sslrootcert", caFile);
    }
    append(parts, "connect_timeout", QString::number(kConnectTimeoutSeconds));
    append(parts, "application_name", QStringLiteral("DiceDesk"));
    if (!password.isEmpty())
        append(parts, "password", password);
    return parts.join(QLatin1Char(' '));
}

ConnectionOptions ConnectionProfile::toOptions(const QString &password) const
{
    ConnectionOptions options;
    options.conninfo = conninfo(password);
    options.label = name.trimmed().isEmpty() ? endpointText() : name.trimmed();
    if (operatorMode)
        options.actAsUser = actAsUser;
    return options;
}

QString ConnectionProfile::endpointText() const
{
    //: %1 is the database login, %2 the server (host name, or "local socket")
    return tr("%1 @ %2").arg(user, mode == Mode::LocalSocket ? tr("local socket") : host);
}

QStringList ConnectionProfile::problems(const QString &password) const
{
    QStringList found;
    const auto hasNul = [](const QString &value) {
        return value.contains(QChar(u'\0'));
    };

    if (name.trimmed().isEmpty())
        found << tr("Give the profile a name.");
    if (mode == Mode::Tcp) {
        if (host.trimmed().isEmpty())
            found << tr("Enter the server's host name or address.");
        else if (host.startsWith(QLatin1Char('/')))
            //: "Local socket" is the name of the connection type in the form
            found << tr("A host name cannot start with \"/\". For a socket folder, choose the "
                        "connection type \"Local socket\".");
    } else {
        if (socketDir.trimmed().isEmpty())
            found << tr("Enter the folder that holds the server's socket.");
        else if (!QDir::isAbsolutePath(socketDir))
            found << tr("The socket folder must be an absolute path (starting with \"/\").");
    }
    if (port < 1 || port > 65535)
        found << tr("The port must be a number from 1 to 65535.");
    if (database.trimmed().isEmpty())
        found << tr("Enter the name of the database.");
    if (user.trimmed().isEmpty())
        found << tr("Enter the user name to log in with.");
    if (mode == Mode::Tcp && verifiesServer(sslMode)) {
        if (caFile.trimmed().isEmpty()) {
            //: %1 is the SSL mode keyword, verify-ca or verify-full
            found << tr("SSL mode %1 needs a CA certificate file to check the server against.")
                         .arg(sslModeKeyword(sslMode));
        } else {
            const QFileInfo ca(caFile);
            if (!ca.isFile() || !ca.isReadable())
                //: %1 is a file path
                found << tr("The CA certificate file %1 does not exist or cannot be read.")
                             .arg(QDir::toNativeSeparators(caFile));
        }
    }
    if (operatorMode && actAsUser.isNull())
        found << tr("Operator mode needs the id of the admin user to act as.");

    const QList<std::pair<QString, QString>> texts{
        {tr("The profile name"), name},       {tr("The host"), host},
        {tr("The socket folder"), socketDir}, {tr("The database name"), database},
        {tr("The user name"), user},          {tr("The CA file path"), caFile},
        {tr("The password"), password},
    };
    for (const auto &[what, value] : texts) {
        if (hasNul(value))
            //: %1 names the field, e.g. "The user name"
            found
                << tr("%1 contains a NUL character, which cannot be sent to the server.").arg(what);
    }
    return found;
}

} // namespace dicedesk
