#include "RequestDetailView.h"

#include "items/KeysetListModel.h"
#include "requests/RequestFormat.h"
#include "requests/RequestRecipientsModel.h"
#include "requests/RequesterHistoryModel.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dicedesk {

namespace {

constexpr int kRecipientRowsShown = 8;
constexpr int kHistoryRowsShown = 5;

QLabel *sectionLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

QTableView *smallTable(QAbstractItemModel *model, int rowsShown, const QString &name,
                       QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const int rowHeight = view->fontMetrics().height() + 8;
    view->verticalHeader()->setDefaultSectionSize(rowHeight);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->setMinimumHeight(rowHeight * (rowsShown + 1) + 4);
    return view;
}

} // namespace

RequestDetailView::RequestDetailView(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new QWidget(this))
    , m_placeholder(new QLabel(m_content))
    , m_body(new QWidget(m_content))
    , m_title(new QLabel(m_body))
    , m_fields(new QFormLayout)
    , m_messageLabel(sectionLabel(m_body))
    , m_message(new QLabel(m_body))
    , m_approve(new QPushButton(m_body))
    , m_reject(new QPushButton(m_body))
    , m_note(new QLabel(m_body))
    , m_warning(new QLabel(m_body))
    , m_recipientsLabel(sectionLabel(m_body))
    , m_recipientsState(new QLabel(m_body))
    , m_recipients(new RequestRecipientsModel(this))
    , m_history(new RequesterHistoryModel(this))
{
    setObjectName(QStringLiteral("requestDetail"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_recipientsView =
        smallTable(m_recipients, kRecipientRowsShown, QStringLiteral("recipientsView"), m_body);
    m_historyLabel = sectionLabel(m_body);
    m_historyView =
        smallTable(m_history, kHistoryRowsShown, QStringLiteral("requesterHistoryView"), m_body);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setObjectName(QStringLiteral("detailTitle"));

    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fields->setLabelAlignment(Qt::AlignLeft);
    for (int field = 0; field < FieldCount; ++field) {
        auto *label = new QLabel(m_body);
        auto *value = new QLabel(m_body);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setBuddy(value);
        m_fields->addRow(label, value);
        m_fieldLabels.append(label);
        m_fieldValues.append(value);
    }

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setMargin(6);
    m_message->setObjectName(QStringLiteral("detailMessage"));

    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_approve->setAutoDefault(false);
    m_reject->setAutoDefault(false);
    connect(m_approve, &QPushButton::clicked, this, &RequestDetailView::approveRequested);
    connect(m_reject, &QPushButton::clicked, this, &RequestDetailView::rejectRequested);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setObjectName(QStringLiteral("decisionNote"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setObjectName(QStringLiteral("recipientWarning"));
    m_recipientsState->setForegroundRole(QPalette::PlaceholderText);
    m_recipientsState->setWordWrap(true);
    m_recipientsState->setObjectName(QStringLiteral("recipientsState"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addStretch(1);

    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(8);
    body->addWidget(m_title);
    body->addLayout(m_fields);
    body->addWidget(m_messageLabel);
    body->addWidget(m_message);
    body->addLayout(buttons);
    body->addWidget(m_note);
    body->addWidget(m_warning);
    body->addSpacing(4);
    body->addWidget(m_recipientsLabel);
    body->addWidget(m_recipientsState);
    body->addWidget(m_recipientsView, 1);
    body->addSpacing(4);
    body->addWidget(m_historyLabel);
    body->addWidget(m_historyView);

    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(12, 4, 4, 4);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_body);
    setWidget(m_content);

    retranslateUi();
    showPlaceholder(tr("Select a request to see its details."));
}

void RequestDetailView::retranslateUi()
{
    setAccessibleName(tr("Request details"));
    m_messageLabel->setText(tr("Message"));
    m_approve->setText(tr("&Approve…"));
    m_approve->setToolTip(tr("Approve and pay this award (A)"));
    m_reject->setText(tr("&Reject…"));
    m_reject->setToolTip(tr("Reject this request (R)"));
    for (int field = 0; field < FieldCount; ++field) {
        m_fieldLabels.at(field)->setText(fieldLabel(static_cast<Field>(field)));
        m_fieldValues.at(field)->setAccessibleName(fieldLabel(static_cast<Field>(field)));
    }
    m_recipientsView->setAccessibleName(tr("Recipients"));
    m_historyView->setAccessibleName(tr("The requester's recent requests"));
    m_recipients->retranslate();
    m_history->retranslate();
    if (m_detail)
        showDetail(*m_detail, m_decision);
    else if (m_request)
        showSummary(*m_request, m_decision);
}

void RequestDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QScrollArea::changeEvent(event);
}

void RequestDetailView::showPlaceholder(const QString &text)
{
    m_request.reset();
    m_detail.reset();
    m_recipients->clear();
    m_history->clear();
    m_placeholder->setText(text);
    m_placeholder->show();
    m_body->hide();
}

void RequestDetailView::showSummary(const AwardRequestSummary &request, Decision decision)
{
    const bool sameRequest = m_request && m_request->id == request.id;
    m_request = request;
    m_decision = decision;
    if (!sameRequest || !m_detail) {
        m_detail.reset();
        m_recipients->clear();
        m_history->clear();
        m_recipientsState->setText(tr("Loading recipients…"));
        m_recipientsState->show();
        m_warning->hide();
    } else {
        m_detail->request = request;
    }
    fillSummary(request, decision);
}

void RequestDetailView::showDetail(const AwardRequestDetail &detail, Decision decision)
{
    m_request = detail.request;
    m_detail = detail;
    m_decision = decision;
    m_recipients->setRecipients(detail.recipients);
    m_history->setRequests(detail.requesterRecent);
    // Columns fit their contents (Qt measures at most 1,000 rows of a long recipient list).
    m_recipientsView->resizeColumnsToContents();
    m_historyView->resizeColumnsToContents();
    m_recipientsState->setVisible(detail.recipients.isEmpty());
    //: Shown where the recipient list would be when a request has none
    m_recipientsState->setText(tr("No recipients."));
    const int former = m_recipients->formerMemberCount();
    m_warning->setVisible(former > 0);
    //: %n recipients of the request have left the organisation or were suspended
    m_warning->setText(tr("⚠ %n recipient(s) are no longer active members of this organisation.",
                          nullptr, former));
    fillSummary(detail.request, decision);
}

void RequestDetailView::showDetailError(const QString &text)
{
    m_recipientsState->setText(text);
    m_recipientsState->show();
}

void RequestDetailView::setDeciding(bool deciding)
{
    m_deciding = deciding;
    if (m_request)
        applyDecision(*m_request, m_decision);
}

void RequestDetailView::focusDetail()
{
    if (m_body->isHidden())
        return;
    if (m_recipients->rowCount() > 0) {
        m_recipientsView->setFocus(Qt::ShortcutFocusReason);
        if (!m_recipientsView->currentIndex().isValid())
            m_recipientsView->setCurrentIndex(m_recipients->index(0, 0));
        ensureWidgetVisible(m_recipientsView);
        return;
    }
    m_message->setFocus(Qt::ShortcutFocusReason);
}

void RequestDetailView::fillSummary(const AwardRequestSummary &request, Decision decision)
{
    m_placeholder->hide();
    m_body->show();
    m_title->setText(RequestFormat::amountTimesRecipients(request));
    setField(RequesterField, request.requesterName);
    setField(TenantField, request.tenantName);
    setField(AmountField,
             RequestFormat::amountText(request.awardType, request.amount, request.achievementName));
    setField(RecipientsField, QLocale().toString(request.recipientCount));
    setField(TotalField, RequestFormat::totalText(request));
    //: %1 is a date and time, %2 how long ago ("3 h")
    setField(FiledField, tr("%1 (%2)").arg(KeysetListModel::formatTime(request.createdAt),
                                           RequestFormat::ageText(request.createdAt, false)));
    setField(ExpiresField, KeysetListModel::formatTime(request.expiresAt));
    setField(StatusField, RequestFormat::statusText(request.status, request.expired));
    setField(DecisionField, RequesterHistoryModel::decisionText(request));
    setField(IdField, request.id.toString(QUuid::WithoutBraces));
    m_message->setText(request.message);

    //: %n is how many users the request would pay
    m_recipientsLabel->setText(tr("Recipients (%n)", nullptr, request.recipientCount));
    //: %1 is the requester's name
    m_historyLabel->setText(tr("Recent requests by %1").arg(request.requesterName));
    const bool hasHistory = m_detail.has_value();
    m_historyLabel->setVisible(hasHistory);
    m_historyView->setVisible(hasHistory && m_history->rowCount() > 0);
    if (hasHistory && m_history->rowCount() == 0)
        m_historyLabel->setText(
            tr("%1 filed no other requests recently.").arg(request.requesterName));
    applyDecision(request, decision);
}

void RequestDetailView::applyDecision(const AwardRequestSummary &request, Decision decision)
{
    const bool offered = decision == Decision::Allowed;
    m_approve->setVisible(offered);
    m_reject->setVisible(offered);
    m_approve->setEnabled(offered && !m_deciding);
    m_reject->setEnabled(offered && !m_deciding);
    QString note;
    switch (decision) {
    case Decision::Allowed:
        break;
    case Decision::OwnRequest:
        note = tr("Your own request: another system admin decides it.");
        break;
    case Decision::Expired:
        //: %1 is the date and time the request expired
        note = tr("This request expired at %1 and can no longer be decided.")
                   .arg(KeysetListModel::formatTime(request.expiresAt));
        break;
    case Decision::Closed:
        //: %1 is the request's status ("Approved", "Rejected", ...)
        note = tr("This request is closed: %1.")
                   .arg(RequestFormat::statusText(request.status, request.expired).toLower());
        break;
    case Decision::NotAllowed:
        note = tr("Only system admins decide award requests.");
        break;
    }
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void RequestDetailView::setField(Field field, const QString &value)
{
    m_fieldValues.at(field)->setText(value);
    m_fields->setRowVisible(field, !value.isEmpty());
}

QString RequestDetailView::fieldLabel(Field field)
{
    switch (field) {
    case RequesterField:
        return tr("Requester");
    case TenantField:
        return tr("Organisation");
    case AmountField:
        //: What each recipient gets
        return tr("Amount");
    case RecipientsField:
        return tr("Recipients");
    case TotalField:
        return tr("Total");
    case FiledField:
        //: When the request was filed
        return tr("Filed");
    case ExpiresField:
        return tr("Expires");
    case StatusField:
        return tr("Status");
    case DecisionField:
        //: Who decided the request, when and why
        return tr("Decision");
    case IdField:
        return tr("Id");
    case FieldCount:
        break;
    }
    return {};
}

QString RequestDetailView::title() const
{
    return m_body->isHidden() ? QString() : m_title->text();
}

QString RequestDetailView::fieldValue(const QString &label) const
{
    for (int field = 0; field < FieldCount; ++field) {
        if (m_fieldLabels.at(field)->text() == label && m_fields->isRowVisible(field))
            return m_fieldValues.at(field)->text();
    }
    return {};
}

QString RequestDetailView::messageText() const
{
    return m_body->isHidden() ? QString() : m_message->text();
}

QString RequestDetailView::noteText() const
{
    return m_note->isHidden() || m_body->isHidden() ? QString() : m_note->text();
}

QString RequestDetailView::warningText() const
{
    return m_warning->isHidden() || m_body->isHidden() ? QString() : m_warning->text();
}

bool RequestDetailView::isShowingPlaceholder() const
{
    return m_body->isHidden();
}

} // namespace dicedesk
