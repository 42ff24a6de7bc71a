#pragma once

#include "domain/Award.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>
#include <functional>
#include <optional>

namespace dicedesk {

/// One award as the journal remembers it: enough to send it again with the same key.
struct JournalEntry
{
    enum class State
    {
        Open,  ///< written before the call; the answer has not been seen
        Closed ///< the outcome is known (or the user discarded it)
    };

    QString key; ///< the idempotency key, "dd-award-<uuid>"
    QString endpoint;
    QUuid tenantId;
    QString awardType;
    int amount = 0;
    QUuid achievementId;
    QString achievementName;
    QString message;
    QList<QUuid> recipients; ///< dropped once closed (recipientCount remains)
    int recipientCount = 0;
    State state = State::Open;
    /// Closed entries: paid, filed, replayed, failed (refused; nothing paid), not_sent,
    /// discarded.
    QString outcome;
    QUuid awardId;
    QUuid requestId;
    QDateTime createdAt;
    QDateTime closedAt;

    bool isOpen() const { return state == State::Open; }
    AwardDraft draft() const;
};

/// The local idempotency journal: every award is written here, durably, with its key before
/// the backend is called, and closed when its outcome is known. An entry still open after a
/// crash or a lost connection is sent again with the same key, so it is paid at most once.
///
/// The file is small JSON, rewritten whole through QSaveFile (written, flushed and synced to
/// disk, then renamed over the old one) under a lock file, re-read before every change so two
/// DiceDesk windows do not lose each other's entries. Closed entries older than 30 days are
/// pruned on load. A file that cannot be read is reported and moved aside, never crashed on.
class AwardJournal
{
    Q_DECLARE_TR_FUNCTIONS(AwardJournal)

public:
    static constexpr int kKeepClosedDays = 30;
    static constexpr const char *kPathVariable = "DICEDESK_AWARD_JOURNAL";

    explicit AwardJournal(QString path = defaultPath());

    /// AppDataLocation/award-journal.json, or $DICEDESK_AWARD_JOURNAL when set.
    static QString defaultPath();
    /// A fresh idempotency key: "dd-award-" and a UUID.
    static QString newKey();

    const QString &path() const { return m_path; }
    /// Reads the file and prunes old closed entries. False when the file exists but could not
    /// be read: errorString() says why and where the unreadable file was kept.
    bool load(const QDateTime &now = QDateTime::currentDateTimeUtc());
    QString errorString() const { return m_error; }

    const QList<JournalEntry> &entries() const { return m_entries; }
    QList<JournalEntry> openEntries(const QString &endpoint) const;
    std::optional<JournalEntry> entry(const QString &key) const;

    /// Writes new open entries durably; false (errorString()) when they are not on disk.
    bool add(const QList<JournalEntry> &entries);
    /// Closes an entry with its outcome; false when that could not be written.
    bool close(const QString &key, const QString &outcome, const QUuid &awardId = {},
               const QUuid &requestId = {}, const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    enum class ReadResult
    {
        Ok,
        Missing,
        Unreadable
    };

    /// Re-reads the file, applies @p change and writes the result, under the lock file.
    bool update(const std::function<void(QList<JournalEntry> &)> &change);
    ReadResult read(QList<JournalEntry> &entries, QString &error) const;
    bool write(const QList<JournalEntry> &entries);
    /// Moves an unreadable file aside; returns where it went.
    QString moveAside();

    QString m_path;
    QList<JournalEntry> m_entries;
    QString m_error;
};

} // namespace dicedesk
