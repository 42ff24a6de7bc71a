#include "KeychainSecretStore.h"

#include "ConnectionLogging.h"

#include <QPromise>
#include <memory>
#include <qt6keychain/keychain.h>

namespace dicedesk {

namespace {

enum class Operation
{
    Read,
    Write,
    Remove,
};

/// QtKeychain reports a missing D-Bus session or Secret Service as OtherError with the
/// D-Bus/libsecret message; tell those apart from real failures by the message.
bool looksLikeNoService(const QString &message)
{
    static const char *const kMarkers[] = {
        "autolaunch D-Bus", "Could not connect",  "org.freedesktop.DBus.Error",
        "not provided by",  "No such interface",  "Failed to connect",
        "D-Bus is not",     "DBus is not",        "secret service",
        "ServiceUnknown",   "Connection refused", "No backend",
    };
    for (const char *marker : kMarkers) {
        if (message.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool looksLocked(const QString &message)
{
    return message.contains(QLatin1String("locked"), Qt::CaseInsensitive) ||
           message.contains(QLatin1String("Object does not exist"), Qt::CaseInsensitive) ||
           message.contains(QLatin1String("prompt"), Qt::CaseInsensitive);
}

SecretError errorFor(QKeychain::Error error, const QString &message)
{
    using Kind = SecretError::Kind;
    switch (error) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return {Kind::NotFound, message};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {Kind::Locked, message};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {Kind::NoKeychain, message};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    if (looksLikeNoService(message))
        return {Kind::NoKeychain, message};
    if (looksLocked(message))
        return {Kind::Locked, message};
    return {Kind::Other, message};
}

/// Starts @p job and resolves the returned future from its finished() signal.
QFuture<SecretResult> run(QKeychain::Job *job, Operation operation)
{
    auto promise = std::make_shared<QPromise<SecretResult>>();
    promise->start();
    QFuture<SecretResult> future = promise->future();
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, job, [promise, operation](QKeychain::Job *j) {
        SecretResult result;
        result.error = errorFor(j->error(), j->errorString());
        if (operation == Operation::Remove && result.error.kind() == SecretError::Kind::NotFound)
            result.error = {};
        if (operation == Operation::Read && result.ok())
            result.password = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        if (result.error.isError() && result.error.kind() != SecretError::Kind::NotFound)
            qCWarning(lcConnection).noquote()
                << "keychain" << static_cast<int>(operation) << "of" << j->key()
                << "failed:" << j->error() << j->errorString();
        else
            qCDebug(lcConnection) << "keychain" << static_cast<int>(operation) << "of" << j->key()
                                  << (result.ok() ? "done" : "not found");
        promise->addResult(result);
        promise->finish();
    });
    job->start();
    return future;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(QLatin1String(kService), parent)
{}

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{}

QString KeychainSecretStore::keyFor(const QUuid &profile)
{
    return QStringLiteral("profile:") + profile.toString(QUuid::WithoutBraces);
}

QFuture<SecretResult> KeychainSecretStore::readPassword(const QUuid &profile)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(keyFor(profile));
    return run(job, Operation::Read);
}

QFuture<SecretResult> KeychainSecretStore::writePassword(const QUuid &profile,
                                                         const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(keyFor(profile));
    job->setTextData(password);
    return run(job, Operation::Write);
}

QFuture<SecretResult> KeychainSecretStore::removePassword(const QUuid &profile)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(keyFor(profile));
    return run(job, Operation::Remove);
}

} // namespace dicedesk
