#pragma once

#include "ConnectionProfile.h"

#include <QList>
#include <QUuid>
#include <optional>

namespace dicedesk {

/// The user's connection profiles in QSettings (group "profiles", one subgroup per id),
/// plus the built-in "Local demo" profile, which is not stored and cannot be changed or
/// deleted. Never writes a secret: a password lives only in the keychain.
///
/// Each call opens the application's default QSettings, so the store is cheap to create
/// and always sees what another store wrote.
class ProfileStore
{
public:
    /// Stable id and key of the built-in profile of the local demo cluster.
    static QUuid localDemoId();
    static QString localDemoKey() { return QStringLiteral("local-demo"); }
    /// The local demo cluster `dicedesk-db local start` runs: its socket in
    /// ${XDG_DATA_HOME:-~/.local/share}/dicedesk/local/socket, port 5432 (or the one the
    /// cluster remembers in cluster.conf), database dicedesk, user demo_sysadmin, no password.
    static ConnectionProfile localDemo();

    /// The built-in profile first, then the saved ones by name (case-insensitive).
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> find(const QUuid &id) const;
    /// For `--profile`: a built-in key ("local-demo"), an id, or a profile name (exact,
    /// else case-insensitive when only one profile matches).
    std::optional<ConnectionProfile> findByNameOrKey(const QString &text) const;

    /// Adds or replaces a profile; false for a built-in one or when settings cannot be
    /// written.
    bool save(const ConnectionProfile &profile);
    /// False for a built-in or unknown profile.
    bool remove(const QUuid &id);

    /// The profile connected to last, or a null id.
    QUuid lastUsedId() const;
    void setLastUsed(const QUuid &id);
    /// The last-used profile if it still exists, else the local demo.
    ConnectionProfile lastUsedOrDefault() const;
};

} // namespace dicedesk
