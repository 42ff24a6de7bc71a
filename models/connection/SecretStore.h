#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QString>
#include <QUuid>

namespace dicedesk {

/// Why the keychain could not do what was asked, typed so the connect dialog can react
/// (fill nothing, or tell the user the password is for this session only).
class SecretError
{
    Q_DECLARE_TR_FUNCTIONS(SecretError)

public:
    enum class Kind
    {
        None,
        NotFound,   ///< no password is saved for this profile
        NoKeychain, ///< no keychain service (no backend, or no D-Bus session)
        Locked,     ///< the keychain is locked, or access was denied
        Other,
    };

    SecretError() = default;
    SecretError(Kind kind, QString detail)
        : m_kind(kind)
        , m_detail(std::move(detail))
    {}

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    /// The keychain's own message, for the log and the message's tooltip.
    const QString &detail() const { return m_detail; }
    /// A translated sentence for the user: what happened and what to do now.
    QString userMessage() const;

private:
    Kind m_kind = Kind::None;
    QString m_detail;
};

/// The outcome of a keychain call: the password read (empty for writes and removals) or the
/// error that prevented it.
struct SecretResult
{
    SecretError error;
    QString password;

    bool ok() const { return !error.isError(); }
};

/// Where the passwords of connection profiles are kept, one per profile id. Every call
/// returns at once; the future resolves later on the caller's thread. There is no
/// plaintext fallback: an implementation that cannot store a secret safely fails with
/// SecretError::Kind::NoKeychain.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~SecretStore() override;

    virtual QFuture<SecretResult> readPassword(const QUuid &profile) = 0;
    virtual QFuture<SecretResult> writePassword(const QUuid &profile, const QString &password) = 0;
    /// Removing a password that is not there succeeds.
    virtual QFuture<SecretResult> removePassword(const QUuid &profile) = 0;
};

} // namespace dicedesk
