#pragma once

#include "awards/AwardJournal.h"
#include "awards/AwardPlan.h"
#include "awards/AwardSender.h"
#include "awards/Recipient.h"
#include "backend/BackendError.h"
#include "backend/CancelToken.h"
#include "domain/Award.h"
#include "domain/AwardRequest.h"
#include "domain/Identity.h"
#include "panes/Pane.h"

#include <QHash>
#include <QPointer>
#include <optional>

class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace dicedesk {

class Backend;
class MemberHitModel;
class MessageBar;
class RecipientImportDialog;
class RecipientListModel;
class WorkProgressStrip;

/// Tenant admins (and system admins) compose and send manual awards: recipients by search,
/// every active member, a pasted list or a CSV file; coins, XP or an achievement; a required
/// message. A live summary says the total and whether it is paid now or becomes a request.
///
/// Every award gets its idempotency key when Send is first pressed and is written to the
/// local journal (AwardJournal) before the backend is called; an award whose answer was lost
/// (connection, crash) is sent again with the same key, so it is never paid twice.
class AwardsPane : public Pane
{
    Q_OBJECT

public:
    static constexpr int kSearchDelayMs = 120;
    static constexpr int kSearchLimit = 50;
    static constexpr int kMaxMessageLength = 1000;

    AwardsPane(Backend *backend, const Identity &identity, QWidget *parent = nullptr);
    ~AwardsPane() override;

    QString paneId() const override { return QStringLiteral("awards"); }
    QString title() const override;
    QIcon icon() const override;
    void setScope(const TenantScope &scope) override;
    bool isSettled() const override { return m_settled; }
    void refresh() override;

    /// Send (Ctrl+Return): journals the award(s) and sends them. Ignored while sending or
    /// when the form is not complete.
    void send();
    /// The banner's "Check and finish" / "Send again": resends unfinished awards, same keys.
    void finishUnfinished();
    /// The banner's "Discard": forgets unfinished awards (closes their journal entries).
    void discardUnfinished();
    /// Opens the CSV import dialog on @p path (the "Import CSV…" button asks for the file).
    void importCsvFile(const QString &path);
    void openPasteDialog();
    void addAllActiveMembers();
    /// Adds recipients to the list, refusing the batch when the list would grow beyond
    /// 10,000. False when refused.
    bool addRecipients(const QList<Recipient> &recipients);
    void setAwardType(const QString &awardType);
    /// The achievements pane's "Award to members…": an achievement award of @p id, ready for
    /// recipients. Says so when it cannot be awarded here (not active, another organisation).
    void prepareAchievementAward(const QUuid &id, const QString &name);

    QUuid tenantId() const { return m_tenantId; }
    bool isSending() const { return m_sender->isBusy(); }
    bool canSend() const { return blockReason().isEmpty(); }
    const QList<JournalEntry> &unfinished() const { return m_unfinished; }
    AwardJournal &journal() { return m_journal; }
    AwardPlan currentPlan() const;

    RecipientListModel *recipientModel() const { return m_recipients; }
    MemberHitModel *searchModel() const { return m_hits; }
    QLineEdit *searchField() const { return m_search; }
    QTableView *searchView() const { return m_searchView; }
    QTableView *recipientView() const { return m_recipientView; }
    QComboBox *typeBox() const { return m_type; }
    QComboBox *achievementBox() const { return m_achievement; }
    QSpinBox *amountBox() const { return m_amount; }
    QPlainTextEdit *messageEdit() const { return m_message; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *finishButton() const { return m_finish; }
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *addAllButton() const { return m_addAll; }
    WorkProgressStrip *progressStrip() const { return m_progress; }
    /// The import or paste dialog while it is open, else null.
    RecipientImportDialog *importDialog() const;
    QLabel *resultLabel() const { return m_result; }

    QString summaryText() const;
    QString hintText() const;
    QString resultText() const;
    QString errorText() const;
    QString bannerText() const;
    QString noticeText() const;
    QString counterText() const;
    QString searchStatusText() const;

Q_SIGNALS:
    void showAwardRequested(const QUuid &awardId);
    void showRequestRequested(const QUuid &requestId);
    /// A send (or a resend of unfinished awards) is over and its outcome shown.
    void sendFinished();

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void applyScope();
    void loadTenantData();
    void markSettled();
    void search();
    void addSelectedHits();
    void removeSelectedRecipients();
    void chooseCsvFile();
    void openImportDialog(int source, const QString &path);
    void onMessageChanged();
    void selectWantedAchievement();
    void onSendFinished(const QList<SendResult> &results);
    void showUnfinished();
    void updateForm();
    void updateSummary();
    void showResults();
    void showError(const QString &text, const BackendError &error = {});
    void showInfo(const QString &text);
    QString awardType() const;
    QString searchHelp() const;
    /// The message as it will be sent: NUL-free and trimmed.
    QString messageToSend() const;
    int messageLength() const;
    /// Empty when Send may be pressed, else what is missing ("Write a message.").
    QString blockReason() const;
    bool mayAward() const;
    void onLink(const QString &href);

    Backend *m_backend;
    Identity m_identity;
    AwardJournal m_journal;
    AwardSender *m_sender;
    RecipientListModel *m_recipients;
    MemberHitModel *m_hits;

    TenantScope m_scope;
    QUuid m_tenantId;
    std::optional<AwardSettings> m_settings;
    QList<AchievementChoice> m_achievements;
    QUuid m_wantedAchievement; ///< asked for before the choices arrived
    QString m_wantedAchievementName;
    QHash<QUuid, QList<Recipient>> m_savedRecipients;
    quint64 m_tenantGeneration = 0;
    int m_tenantLoads = 0;
    bool m_settled = false;

    QTimer *m_searchDelay;
    CancelToken m_searchCancel;
    quint64 m_searchGeneration = 0;
    bool m_addFirstHit = false;
    CancelToken m_membersCancel;
    quint64 m_membersGeneration = 0;

    QList<JournalEntry> m_unfinished;
    bool m_unfinishedFromForm = false;
    bool m_sendingFromForm = false;
    QUuid m_sendTenant;
    QString m_sentMessage;
    QList<SendResult> m_lastResults;
    QPointer<RecipientImportDialog> m_importDialog;

    QLabel *m_heading;
    MessageBar *m_messages;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_finish;
    QPushButton *m_discard;
    QLabel *m_result;
    QLabel *m_notice;
    QWidget *m_composer;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QPushButton *m_addSelected;
    QTableView *m_searchView;
    QLabel *m_searchStatus;
    QPushButton *m_addAll;
    QPushButton *m_paste;
    QPushButton *m_import;
    WorkProgressStrip *m_progress;
    QLabel *m_recipientsLabel;
    QTableView *m_recipientView;
    QPushButton *m_remove;
    QPushButton *m_clear;
    QLabel *m_typeLabel;
    QComboBox *m_type;
    QLabel *m_achievementLabel;
    QComboBox *m_achievement;
    QLabel *m_amountLabel;
    QSpinBox *m_amount;
    QLabel *m_messageLabel;
    QPlainTextEdit *m_message;
    QLabel *m_counter;
    QLabel *m_summary;
    QLabel *m_hint;
    QPushButton *m_send;
    QAction *m_sendAction;
    QAction *m_findAction;
    QAction *m_removeAction;
    QAction *m_refreshAction;
    QAction *m_cancelAction;
};

} // namespace dicedesk
