#include "ProfileStore.h"

#include "ConnectionLogging.h"

#include <QDir>
#include <QSettings>
#include <algorithm>

namespace dicedesk {

namespace {

const QString kGroup = QStringLiteral("profiles");
const QString kLastUsedKey = QStringLiteral("connection/lastProfile");

QString modeKeyword(ConnectionProfile::Mode mode)
{
    return mode == ConnectionProfile::Mode::LocalSocket ? QStringLiteral("socket")
                                                        : QStringLiteral("tcp");
}

QString idKey(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

/// Reads the profile in the settings' current group; nullopt if it is not one.
std::optional<ConnectionProfile> readProfile(const QSettings &settings, const QString &key)
{
    ConnectionProfile profile;
    profile.id = QUuid::fromString(key);
    if (profile.id.isNull())
        return std::nullopt;
    profile.name = settings.value(QStringLiteral("name")).toString();
    profile.mode = settings.value(QStringLiteral("mode")).toString() == QLatin1String("socket")
                       ? ConnectionProfile::Mode::LocalSocket
                       : ConnectionProfile::Mode::Tcp;
    profile.host = settings.value(QStringLiteral("host")).toString();
    profile.port = settings.value(QStringLiteral("port"), ConnectionProfile::kDefaultPort).toInt();
    profile.database = settings.value(QStringLiteral("database")).toString();
    profile.user = settings.value(QStringLiteral("user")).toString();
    profile.sslMode =
        ConnectionProfile::sslModeFromKeyword(settings.value(QStringLiteral("sslMode")).toString())
            .value_or(ConnectionProfile::SslMode::Prefer);
    profile.caFile = settings.value(QStringLiteral("caFile")).toString();
    profile.socketDir = settings.value(QStringLiteral("socketDir")).toString();
    profile.operatorMode = settings.value(QStringLiteral("operatorMode"), false).toBool();
    profile.actAsUser = QUuid::fromString(settings.value(QStringLiteral("actAsUser")).toString());
    profile.rememberPassword = settings.value(QStringLiteral("rememberPassword"), true).toBool();
    return profile;
}

void writeProfile(QSettings &settings, const ConnectionProfile &profile)
{
    settings.setValue(QStringLiteral("name"), profile.name);
    settings.setValue(QStringLiteral("mode"), modeKeyword(profile.mode));
    settings.setValue(QStringLiteral("host"), profile.host);
    settings.setValue(QStringLiteral("port"), profile.port);
    settings.setValue(QStringLiteral("database"), profile.database);
    settings.setValue(QStringLiteral("user"), profile.user);
    settings.setValue(QStringLiteral("sslMode"),
                      ConnectionProfile::sslModeKeyword(profile.sslMode));
    settings.setValue(QStringLiteral("caFile"), profile.caFile);
    settings.setValue(QStringLiteral("socketDir"), profile.socketDir);
    settings.setValue(QStringLiteral("operatorMode"), profile.operatorMode);
    settings.setValue(QStringLiteral("actAsUser"),
                      profile.actAsUser.isNull() ? QString() : idKey(profile.actAsUser));
    settings.setValue(QStringLiteral("rememberPassword"), profile.rememberPassword);
}

QList<ConnectionProfile> savedProfiles()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    QList<ConnectionProfile> profiles;
    for (const QString &key : settings.childGroups()) {
        settings.beginGroup(key);
        if (std::optional<ConnectionProfile> profile = readProfile(settings, key))
            profiles << *profile;
        else
            qCWarning(lcConnection) << "ignoring settings group" << kGroup << key;
        settings.endGroup();
    }
    std::sort(profiles.begin(), profiles.end(),
              [](const ConnectionProfile &a, const ConnectionProfile &b) {
                  const int order = a.name.compare(b.name, Qt::CaseInsensitive);
                  return order != 0 ? order < 0 : a.id < b.id;
              });
    return profiles;
}

} // namespace

QUuid ProfileStore::localDemoId()
{
    static const QUuid id =
        QUuid::fromString(QLatin1String("d1ced35c-10ca-4de0-8000-000000000001"));
    return id;
}

ConnectionProfile ProfileStore::localDemo()
{
    QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
    if (dataHome.isEmpty())
        dataHome = QDir::homePath() + QStringLiteral("/.local/share");
    ConnectionProfile profile;
    profile.id = localDemoId();
    profile.key = localDemoKey();
    //: Name of the built-in profile for the private demo database on this computer
    profile.name = ConnectionProfile::tr("Local demo");
    profile.mode = ConnectionProfile::Mode::LocalSocket;
    const QString dir = dataHome + QStringLiteral("/dicedesk/local");
    profile.socketDir = dir + QStringLiteral("/socket");
    // The port the cluster was last started on (`dicedesk-db local start --port P` keeps P).
    const QSettings clusterState(dir + QStringLiteral("/cluster.conf"), QSettings::IniFormat);
    profile.port =
        clusterState.value(QStringLiteral("port"), ConnectionProfile::kDefaultPort).toInt();
    profile.database = QStringLiteral("dicedesk");
    profile.user = QStringLiteral("demo_sysadmin");
    profile.sslMode = ConnectionProfile::SslMode::Disable;
    profile.rememberPassword = false;
    profile.builtIn = true;
    return profile;
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> all{localDemo()};
    all << savedProfiles();
    return all;
}

std::optional<ConnectionProfile> ProfileStore::find(const QUuid &id) const
{
    if (id.isNull())
        return std::nullopt;
    for (const ConnectionProfile &profile : profiles()) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

std::optional<ConnectionProfile> ProfileStore::findByNameOrKey(const QString &text) const
{
    const QList<ConnectionProfile> all = profiles();
    for (const ConnectionProfile &profile : all) {
        if (!profile.key.isEmpty() && profile.key == text)
            return profile;
    }
    if (const QUuid id = QUuid::fromString(text); !id.isNull()) {
        if (std::optional<ConnectionProfile> byId = find(id))
            return byId;
    }
    for (const ConnectionProfile &profile : all) {
        if (profile.name == text)
            return profile;
    }
    std::optional<ConnectionProfile> match;
    for (const ConnectionProfile &profile : all) {
        if (profile.name.compare(text, Qt::CaseInsensitive) == 0) {
            if (match)
                return std::nullopt; // ambiguous
            match = profile;
        }
    }
    return match;
}

bool ProfileStore::save(const ConnectionProfile &profile)
{
    if (profile.builtIn || profile.id.isNull() || profile.id == localDemoId())
        return false;
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.remove(idKey(profile.id));
    settings.beginGroup(idKey(profile.id));
    writeProfile(settings, profile);
    settings.endGroup();
    settings.endGroup();
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        qCWarning(lcConnection) << "could not save profile" << profile.id << settings.status();
        return false;
    }
    return true;
}

bool ProfileStore::remove(const QUuid &id)
{
    if (id.isNull() || id == localDemoId())
        return false;
    QSettings settings;
    settings.beginGroup(kGroup);
    if (!settings.childGroups().contains(idKey(id)))
        return false;
    settings.remove(idKey(id));
    settings.endGroup();
    if (settings.value(kLastUsedKey).toString() == idKey(id))
        settings.remove(kLastUsedKey);
    settings.sync();
    return settings.status() == QSettings::NoError;
}

QUuid ProfileStore::lastUsedId() const
{
    return QUuid::fromString(QSettings().value(kLastUsedKey).toString());
}

void ProfileStore::setLastUsed(const QUuid &id)
{
    QSettings settings;
    if (id.isNull())
        settings.remove(kLastUsedKey);
    else
        settings.setValue(kLastUsedKey, idKey(id));
}

ConnectionProfile ProfileStore::lastUsedOrDefault() const
{
    return find(lastUsedId()).value_or(localDemo());
}

} // namespace dicedesk
