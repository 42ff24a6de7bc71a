#pragma once

#include "SecretStore.h"

namespace dicedesk {

/// The SecretStore over the operating system's keychain through QtKeychain (the Secret
/// Service over D-Bus on Linux, Keychain on macOS, the Credential Store on Windows).
/// Entries live under the service "DiceDesk" with the profile id as key. The insecure
/// fallback (plaintext in QSettings) is always off.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static constexpr const char *kService = "DiceDesk";

    explicit KeychainSecretStore(QObject *parent = nullptr);
    /// A store under another service name (tests keep their entries apart with it).
    explicit KeychainSecretStore(QString service, QObject *parent = nullptr);

    QFuture<SecretResult> readPassword(const QUuid &profile) override;
    QFuture<SecretResult> writePassword(const QUuid &profile, const QString &password) override;
    QFuture<SecretResult> removePassword(const QUuid &profile) override;

    const QString &service() const { return m_service; }
    /// The keychain key of a profile's password.
    static QString keyFor(const QUuid &profile);

private:
    QString m_service;
};

} // namespace dicedesk
