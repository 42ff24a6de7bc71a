#pragma once

#include "lists/KeysetListPane.h"

class QComboBox;
class QLabel;

namespace dicedesk {

class EventLogModel;

/// The gamification event log: every event in scope, newest first, ten million rows as
/// quick as ten. Filters by user, event type and date; the detail shows the event's
/// metadata.
class EventLogPane : public KeysetListPane
{
    Q_OBJECT

public:
    explicit EventLogPane(Backend *backend, QWidget *parent = nullptr);

    QString paneId() const override { return QStringLiteral("events"); }
    QString title() const override;
    QIcon icon() const override;

    EventLogModel *eventModel() const { return m_events; }
    /// Shows only events of this type (exact; empty shows all).
    void setEventType(const QString &type);
    QString eventType() const { return m_appliedType; }

protected:
    void applyFilter() override;
    void showDetail(int row) override;
    QString statusFor(qint64 total, int shown, bool exact) const override;
    QString loadingText() const override;
    QString showUserText() const override;
    void retranslateUi() override;

private:
    void applyTypeText();
    void collectEventTypes();

    EventLogModel *m_events;
    QLabel *m_typeLabel;
    QComboBox *m_type;
    QString m_appliedType;
};

} // namespace dicedesk
