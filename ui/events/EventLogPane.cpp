#include "EventLogPane.h"

#include "items/EventLogModel.h"
#include "lists/DetailPanel.h"
#include "theme/ThemedIcon.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace dicedesk {

namespace {

/// Event types offered in the filter: those seen on the first page, at most this many.
constexpr int kMaxOfferedTypes = 100;

} // namespace

EventLogPane::EventLogPane(Backend *backend, QWidget *parent)
    : KeysetListPane(backend, new EventLogModel(backend), QStringLiteral("events"), parent)
    , m_events(static_cast<EventLogModel *>(listModel()))
    , m_typeLabel(new QLabel(this))
    , m_type(new QComboBox(this))
{
    setObjectName(QStringLiteral("eventLogPane"));
    m_type->setEditable(true);
    m_type->setInsertPolicy(QComboBox::NoInsert);
    m_type->setMinimumWidth(180);
    m_type->setObjectName(QStringLiteral("eventTypeFilter"));
    m_type->lineEdit()->setClearButtonEnabled(true);
    m_typeLabel->setBuddy(m_type);
    connect(m_type, &QComboBox::activated, this, &EventLogPane::applyTypeText);
    connect(m_type->lineEdit(), &QLineEdit::editingFinished, this, &EventLogPane::applyTypeText);
    connect(m_type->lineEdit(), &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyTypeText(); // the clear button
    });
    filterBar()->insertWidget(2, m_typeLabel);
    filterBar()->insertWidget(3, m_type);
    connect(m_events, &KeysetListModel::countsChanged, this, &EventLogPane::collectEventTypes);
    completeSetup();
}

QString EventLogPane::title() const
{
    return tr("Event log");
}

QIcon EventLogPane::icon() const
{
    return themedIcon(QStringLiteral(":/icons/events.svg"));
}

void EventLogPane::retranslateUi()
{
    m_typeLabel->setText(tr("&Event:"));
    m_type->setAccessibleName(tr("Event type filter"));
    m_type->setToolTip(tr("Show only events of this type"));
    m_type->lineEdit()->setPlaceholderText(tr("All events"));
}

void EventLogPane::setEventType(const QString &type)
{
    m_type->setEditText(type.trimmed());
    applyTypeText();
}

void EventLogPane::applyTypeText()
{
    const QString type = m_type->currentText().trimmed();
    if (type == m_appliedType)
        return;
    m_appliedType = type;
    refresh();
}

void EventLogPane::applyFilter()
{
    EventFilter filter;
    filter.scope = scope();
    filter.userId = userFilter();
    filter.eventType = m_appliedType;
    filter.before = before();
    m_events->setFilter(filter);
}

void EventLogPane::collectEventTypes()
{
    // Only the first page is looked at: it stays in memory, and its types are the ones
    // people look for.
    if (m_events->pageCount() != 1)
        return;
    const int rows = std::min(m_events->loadedCount(), m_events->firstPageSize());
    for (int row = 0; row < rows && m_type->count() < kMaxOfferedTypes; ++row) {
        const QString type = m_events->index(row, 0).data(EventLogModel::EventTypeRole).toString();
        if (!type.isEmpty() && m_type->findText(type) < 0) {
            int at = 0;
            while (at < m_type->count() && m_type->itemText(at) < type)
                ++at;
            // Inserting must not change what is typed in the field.
            const QString typed = m_type->currentText();
            m_type->insertItem(at, type);
            m_type->setEditText(typed);
        }
    }
}

void EventLogPane::showDetail(int row)
{
    const std::optional<EventRecord> event = row >= 0 ? m_events->record(row) : std::nullopt;
    if (!event) {
        detailPanel()->showPlaceholder(row >= 0 ? tr("Loading…")
                                                : tr("Select an event to see its details."));
        return;
    }
    detailPanel()->showFields(event->eventType,
                              {
                                  {tr("Time"), KeysetListModel::formatTime(event->createdAt)},
                                  //: The same moment in UTC, as stored
                                  {tr("UTC"), event->createdAt.toUTC().toString(Qt::ISODateWithMs)},
                                  {tr("Tenant"), event->tenantName},
                                  {tr("User"), event->actorName},
                                  {tr("Source"), event->source},
                                  {tr("Key"), event->idempotencyKey},
                                  {tr("Id"), event->id.toString(QUuid::WithoutBraces)},
                              });
    detailPanel()->setJson(tr("Metadata"), event->metadataJson);
}

QString EventLogPane::statusFor(qint64 total, int shown, bool exact) const
{
    const QLocale locale;
    if (exact)
        //: All events are in the list; %1 is how many (no plural forms needed)
        return tr("Events: %1 · all shown").arg(locale.toString(shown));
    //: %1 is the estimated number of events, %2 how many the list holds so far
    return tr("≈ %1 events · %2 shown").arg(locale.toString(total), locale.toString(shown));
}

QString EventLogPane::loadingText() const
{
    return tr("Loading events…");
}

QString EventLogPane::showUserText() const
{
    return tr("Show this user's &events");
}

} // namespace dicedesk
