#pragma once

#include "domain/AwardRequest.h"

#include <QList>
#include <QScrollArea>
#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace dicedesk {

class RequestRecipientsModel;
class RequesterHistoryModel;

/// The right-hand side of the approval queue: one request with what a decision needs. The
/// summary and message, Approve and Reject (or why they are not offered), the recipients with
/// their balances and recent awards, and the requester's recent requests.
class RequestDetailView : public QScrollArea
{
    Q_OBJECT

public:
    /// Why the request can or cannot be decided here.
    enum class Decision
    {
        Allowed,    ///< pending, not expired, filed by someone else
        OwnRequest, ///< filed by the current user: another system admin decides it
        Expired,    ///< past its expiry: nobody can decide it any more
        Closed,     ///< approved, rejected, expired or cancelled already
        NotAllowed, ///< the current user is no system admin
    };

    explicit RequestDetailView(QWidget *parent = nullptr);

    /// Nothing selected: a hint instead of the request.
    void showPlaceholder(const QString &text);
    /// The request as the list knows it; recipients and history follow with showDetail().
    void showSummary(const AwardRequestSummary &request, Decision decision);
    /// Everything about the request.
    void showDetail(const AwardRequestDetail &detail, Decision decision);
    /// The recipients could not be loaded.
    void showDetailError(const QString &text);
    /// A decision is on its way: Approve and Reject wait.
    void setDeciding(bool deciding);
    /// Puts the keyboard focus into the detail (the recipients list).
    void focusDetail();
    void retranslateUi();

    QString title() const;
    /// The value shown for a field label, empty if there is none (tests, accessibility).
    QString fieldValue(const QString &label) const;
    QString messageText() const;
    /// Why Approve and Reject are not offered (own request, expired, decided); empty if they are.
    QString noteText() const;
    QString warningText() const;
    bool isShowingPlaceholder() const;
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QTableView *recipientsView() const { return m_recipientsView; }
    QTableView *historyView() const { return m_historyView; }
    RequestRecipientsModel *recipientsModel() const { return m_recipients; }
    RequesterHistoryModel *historyModel() const { return m_history; }

Q_SIGNALS:
    void approveRequested();
    void rejectRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillSummary(const AwardRequestSummary &request, Decision decision);
    /// The rows of the summary, in order.
    enum Field
    {
        RequesterField,
        TenantField,
        AmountField,
        RecipientsField,
        TotalField,
        FiledField,
        ExpiresField,
        StatusField,
        DecisionField,
        IdField,
        FieldCount
    };
    void setField(Field field, const QString &value);
    static QString fieldLabel(Field field);
    void applyDecision(const AwardRequestSummary &request, Decision decision);

    QWidget *m_content;
    QLabel *m_placeholder;
    QWidget *m_body;
    QLabel *m_title;
    QFormLayout *m_fields;
    QList<QLabel *> m_fieldLabels;
    QList<QLabel *> m_fieldValues;
    QLabel *m_messageLabel;
    QLabel *m_message;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QLabel *m_note;
    QLabel *m_warning;
    QLabel *m_recipientsLabel;
    QLabel *m_recipientsState;
    QTableView *m_recipientsView;
    QLabel *m_historyLabel;
    QTableView *m_historyView;
    RequestRecipientsModel *m_recipients;
    RequesterHistoryModel *m_history;
    std::optional<AwardRequestSummary> m_request;
    std::optional<AwardRequestDetail> m_detail;
    Decision m_decision = Decision::Closed;
    bool m_deciding = false;
};

} // namespace dicedesk
