#include "AwardRecipientsView.h"

#include "history/AwardRecipientsModel.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace dicedesk {

AwardRecipientsView::AwardRecipientsView(AwardRecipientsModel *model, QAction *reverseAward,
                                         QAction *reverseEntry, QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_link(new QLabel(this))
    , m_busyBox(new QWidget(this))
    , m_busyLabel(new QLabel(m_busyBox))
    , m_busyBar(new QProgressBar(m_busyBox))
    , m_reverseAward(new QToolButton(this))
    , m_reverseEntry(new QToolButton(this))
    , m_messages(new MessageBar(this))
{
    setObjectName(QStringLiteral("awardRecipients"));
    QFont headingFont = m_heading->font();
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_heading->setBuddy(m_table);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setObjectName(QStringLiteral("recipientsStatus"));
    m_status->hide();

    m_table->setObjectName(QStringLiteral("recipientsView"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(reverseEntry);

    m_link->setTextFormat(Qt::RichText);
    m_link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_link->setWordWrap(true);
    m_link->setObjectName(QStringLiteral("reversalLink"));
    m_link->hide();
    connect(m_link, &QLabel::linkActivated, this, &AwardRecipientsView::reversalLinkActivated);

    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumHeight(6);
    m_busyBar->setTextVisible(false);
    auto *busyLayout = new QHBoxLayout(m_busyBox);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(m_busyLabel);
    busyLayout->addWidget(m_busyBar, 1);
    m_busyBox->setObjectName(QStringLiteral("reversalBusy"));
    m_busyBox->hide();

    m_reverseAward->setDefaultAction(reverseAward);
    m_reverseAward->setObjectName(QStringLiteral("reverseAwardButton"));
    m_reverseEntry->setDefaultAction(reverseEntry);
    m_reverseEntry->setObjectName(QStringLiteral("reverseEntryButton"));
    for (QToolButton *button : {m_reverseAward, m_reverseEntry})
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *header = new QHBoxLayout;
    header->addWidget(m_heading);
    header->addStretch(1);
    header->addWidget(m_reverseEntry);
    header->addWidget(m_reverseAward);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_messages);
    layout->addWidget(m_busyBox);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_link);
    m_messages->clear();
    retranslateUi();
}

void AwardRecipientsView::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString AwardRecipientsView::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void AwardRecipientsView::setBusy(bool busy, const QString &text)
{
    m_busyLabel->setText(text);
    m_busyBox->setVisible(busy);
}

bool AwardRecipientsView::isBusy() const
{
    return !m_busyBox->isHidden();
}

void AwardRecipientsView::setReversalLink(const QString &text)
{
    if (text.isEmpty()) {
        m_link->clear();
        m_link->hide();
        return;
    }
    m_link->setText(QStringLiteral("<a href=\"reversal\">%1</a>").arg(text.toHtmlEscaped()));
    m_link->show();
}

QString AwardRecipientsView::reversalLinkText() const
{
    return m_link->isHidden() ? QString() : m_link->text();
}

void AwardRecipientsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AwardRecipientsView::retranslateUi()
{
    m_heading->setText(tr("Re&cipients"));
    m_table->setAccessibleName(tr("Recipients of the award"));
    m_link->setAccessibleName(tr("Reversal entry"));
    m_busyBar->setAccessibleName(tr("Reversal in progress"));
}

} // namespace dicedesk
