#include "AwardJournal.h"

#include "AwardsLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace dicedesk {

namespace {

constexpr int kFormatVersion = 1;
constexpr int kLockWaitMs = 5000;
constexpr int kStaleLockMs = 30000;

QString stateName(JournalEntry::State state)
{
    return state == JournalEntry::State::Open ? QStringLiteral("open") : QStringLiteral("closed");
}

QString uuidText(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QJsonObject toJson(const JournalEntry &entry)
{
    QJsonObject object;
    object.insert(QStringLiteral("key"), entry.key);
    object.insert(QStringLiteral("endpoint"), entry.endpoint);
    object.insert(QStringLiteral("tenantId"), uuidText(entry.tenantId));
    object.insert(QStringLiteral("awardType"), entry.awardType);
    object.insert(QStringLiteral("amount"), entry.amount);
    object.insert(QStringLiteral("achievementId"), uuidText(entry.achievementId));
    object.insert(QStringLiteral("achievementName"), entry.achievementName);
    object.insert(QStringLiteral("message"), entry.message);
    QJsonArray recipients;
    for (const QUuid &id : entry.recipients)
        recipients.append(uuidText(id));
    object.insert(QStringLiteral("recipients"), recipients);
    object.insert(QStringLiteral("recipientCount"), entry.recipientCount);
    object.insert(QStringLiteral("state"), stateName(entry.state));
    object.insert(QStringLiteral("outcome"), entry.outcome);
    object.insert(QStringLiteral("awardId"), uuidText(entry.awardId));
    object.insert(QStringLiteral("requestId"), uuidText(entry.requestId));
    object.insert(QStringLiteral("createdAt"), entry.createdAt.toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("closedAt"), entry.closedAt.isValid()
                                                  ? entry.closedAt.toString(Qt::ISODateWithMs)
                                                  : QString());
    return object;
}

std::optional<JournalEntry> fromJson(const QJsonObject &object)
{
    JournalEntry entry;
    entry.key = object.value(QStringLiteral("key")).toString();
    if (entry.key.isEmpty())
        return std::nullopt;
    entry.endpoint = object.value(QStringLiteral("endpoint")).toString();
    entry.tenantId = QUuid::fromString(object.value(QStringLiteral("tenantId")).toString());
    entry.awardType = object.value(QStringLiteral("awardType")).toString();
    entry.amount = object.value(QStringLiteral("amount")).toInt();
    entry.achievementId =
        QUuid::fromString(object.value(QStringLiteral("achievementId")).toString());
    entry.achievementName = object.value(QStringLiteral("achievementName")).toString();
    entry.message = object.value(QStringLiteral("message")).toString();
    const QJsonArray recipients = object.value(QStringLiteral("recipients")).toArray();
    entry.recipients.reserve(recipients.size());
    for (const QJsonValue &value : recipients)
        entry.recipients.append(QUuid::fromString(value.toString()));
    entry.recipientCount = object.value(QStringLiteral("recipientCount")).toInt();
    entry.state = object.value(QStringLiteral("state")).toString() == QLatin1String("closed")
                      ? JournalEntry::State::Closed
                      : JournalEntry::State::Open;
    entry.outcome = object.value(QStringLiteral("outcome")).toString();
    entry.awardId = QUuid::fromString(object.value(QStringLiteral("awardId")).toString());
    entry.requestId = QUuid::fromString(object.value(QStringLiteral("requestId")).toString());
    entry.createdAt = QDateTime::fromString(object.value(QStringLiteral("createdAt")).toString(),
                                            Qt::ISODateWithMs);
    entry.closedAt = QDateTime::fromString(object.value(QStringLiteral("closedAt")).toString(),
                                           Qt::ISODateWithMs);
    // An open entry that cannot be sent again is no entry.
    if (entry.isOpen() && (entry.tenantId.isNull() || entry.recipients.isEmpty()))
        return std::nullopt;
    return entry;
}

/// Makes a rename in @p directory durable (POSIX: the directory entry lives in the directory).
void syncDirectory(const QString &directory)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(directory);
#endif
}

} // namespace

AwardDraft JournalEntry::draft() const
{
    AwardDraft draft;
    draft.tenantId = tenantId;
    draft.recipients = recipients;
    draft.awardType = awardType;
    draft.amount = amount;
    draft.message = message;
    draft.idempotencyKey = key;
    draft.achievementId = achievementId;
    return draft;
}

AwardJournal::AwardJournal(QString path)
    : m_path(std::move(path))
{}

QString AwardJournal::defaultPath()
{
    const QString overridden = qEnvironmentVariable(kPathVariable);
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/award-journal.json");
}

QString AwardJournal::newKey()
{
    return QStringLiteral("dd-award-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

AwardJournal::ReadResult AwardJournal::read(QList<JournalEntry> &entries, QString &error) const
{
    entries.clear();
    QFile file(m_path);
    if (!file.exists())
        return ReadResult::Missing;
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return ReadResult::Unreadable;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = parseError.errorString();
        return ReadResult::Unreadable;
    }
    if (!document.isObject() || !document.object().value(QStringLiteral("entries")).isArray()) {
        error = tr("not a DiceDesk award journal");
        return ReadResult::Unreadable;
    }
    const QJsonArray array = document.object().value(QStringLiteral("entries")).toArray();
    for (const QJsonValue &value : array) {
        if (const std::optional<JournalEntry> entry = fromJson(value.toObject()))
            entries.append(*entry);
    }
    return ReadResult::Ok;
}

QString AwardJournal::moveAside()
{
    const QString aside =
        m_path + QStringLiteral(".unreadable-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    if (QFile::rename(m_path, aside))
        return aside;
    return m_path;
}

bool AwardJournal::load(const QDateTime &now)
{
    m_error.clear();
    QString error;
    QList<JournalEntry> entries;
    const ReadResult result = read(entries, error);
    if (result == ReadResult::Unreadable) {
        const QString kept = moveAside();
        qCWarning(lcAwards) << "award journal" << m_path << "unreadable:" << error << "kept as"
                            << kept;
        //: %1 is a file path, %2 why it could not be read, %3 where it was kept
        m_error = tr("The award journal %1 could not be read (%2). It was kept as %3. Awards that "
                     "were being sent when DiceDesk stopped cannot be finished from it: check the "
                     "award history.")
                      .arg(QDir::toNativeSeparators(m_path), error, QDir::toNativeSeparators(kept));
        m_entries.clear();
        return false;
    }
    m_entries = entries;
    const QDateTime cutoff = now.addDays(-kKeepClosedDays);
    const qsizetype before = m_entries.size();
    m_entries.removeIf([&](const JournalEntry &entry) {
        return !entry.isOpen() && entry.closedAt.isValid() && entry.closedAt < cutoff;
    });
    if (m_entries.size() != before) {
        qCInfo(lcAwards) << "award journal: pruned" << before - m_entries.size()
                         << "closed entries";
        update([&](QList<JournalEntry> &current) {
            current.removeIf([&](const JournalEntry &entry) {
                return !entry.isOpen() && entry.closedAt.isValid() && entry.closedAt < cutoff;
            });
        });
    }
    return true;
}

QList<JournalEntry> AwardJournal::openEntries(const QString &endpoint) const
{
    QList<JournalEntry> open;
    for (const JournalEntry &entry : m_entries) {
        if (entry.isOpen() && entry.endpoint == endpoint)
            open.append(entry);
    }
    return open;
}

std::optional<JournalEntry> AwardJournal::entry(const QString &key) const
{
    for (const JournalEntry &entry : m_entries) {
        if (entry.key == key)
            return entry;
    }
    return std::nullopt;
}

bool AwardJournal::add(const QList<JournalEntry> &entries)
{
    return update([&](QList<JournalEntry> &current) {
        for (JournalEntry entry : entries) {
            entry.state = JournalEntry::State::Open;
            entry.recipientCount = static_cast<int>(entry.recipients.size());
            if (!entry.createdAt.isValid())
                entry.createdAt = QDateTime::currentDateTimeUtc();
            current.removeIf([&](const JournalEntry &old) { return old.key == entry.key; });
            current.append(entry);
        }
    });
}

bool AwardJournal::close(const QString &key, const QString &outcome, const QUuid &awardId,
                         const QUuid &requestId, const QDateTime &now)
{
    return update([&](QList<JournalEntry> &current) {
        for (JournalEntry &entry : current) {
            if (entry.key != key)
                continue;
            entry.state = JournalEntry::State::Closed;
            entry.outcome = outcome;
            entry.awardId = awardId;
            entry.requestId = requestId;
            entry.closedAt = now;
            entry.recipientCount =
                std::max(entry.recipientCount, static_cast<int>(entry.recipients.size()));
            entry.recipients.clear();
        }
    });
}

bool AwardJournal::update(const std::function<void(QList<JournalEntry> &)> &change)
{
    m_error.clear();
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = tr("The folder %1 for the award journal could not be created.")
                      .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    QLockFile lock(m_path + QStringLiteral(".lock"));
    lock.setStaleLockTime(kStaleLockMs);
    if (!lock.tryLock(kLockWaitMs)) {
        m_error = tr("The award journal %1 is locked by another DiceDesk window.")
                      .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    QList<JournalEntry> current;
    QString error;
    switch (read(current, error)) {
    case ReadResult::Ok:
        break;
    case ReadResult::Missing:
        current = m_entries;
        break;
    case ReadResult::Unreadable: {
        const QString kept = moveAside();
        qCWarning(lcAwards) << "award journal" << m_path << "unreadable:" << error << "kept as"
                            << kept;
        current = m_entries;
        break;
    }
    }
    change(current);
    if (!write(current))
        return false;
    m_entries = current;
    return true;
}

bool AwardJournal::write(const QList<JournalEntry> &entries)
{
    QJsonArray array;
    for (const JournalEntry &entry : entries)
        array.append(toJson(entry));
    QJsonObject root;
    root.insert(QStringLiteral("version"), kFormatVersion);
    root.insert(QStringLiteral("entries"), array);

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        //: %1 is a file path, %2 the system's reason
        m_error = tr("The award journal %1 could not be written: %2")
                      .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Compact);
    // Written, flushed and synced to disk, then renamed over the old file by commit(): the
    // journal is always either the old or the new file, never half of one.
    bool written = file.write(bytes) == bytes.size() && file.flush();
#ifdef Q_OS_UNIX
    written = written && ::fsync(file.handle()) == 0;
#endif
    if (!written || !file.commit()) {
        m_error = tr("The award journal %1 could not be written: %2")
                      .arg(QDir::toNativeSeparators(m_path), file.errorString());
        file.cancelWriting();
        return false;
    }
    syncDirectory(QFileInfo(m_path).absolutePath());
    return true;
}

} // namespace dicedesk
