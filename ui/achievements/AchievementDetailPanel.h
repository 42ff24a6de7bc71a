#pragma once

#include "domain/Achievement.h"

#include <QFrame>
#include <QUuid>

class QFormLayout;
class QLabel;
class QPushButton;

namespace dicedesk {

/// The right-hand side of the definitions list: the current achievement's badge at 96 px,
/// its name, key, scope, status, condition, unlock criteria, missing translations, holders,
/// version and last change, with Edit and Award buttons. The list row fills it at once;
/// the full record (description, unlock parameters, author) follows when it arrives.
class AchievementDetailPanel : public QFrame
{
    Q_OBJECT

public:
    static constexpr int kBadgePixels = 96;

    explicit AchievementDetailPanel(QWidget *parent = nullptr);

    /// No achievement: a hint instead.
    void showPlaceholder(const QString &text);
    void showSummary(const AchievementSummary &summary);
    /// Adds what only the full record has; ignored unless it is the achievement shown.
    void showRecord(const AchievementRecord &record);
    void setActions(bool canEdit, bool canAward);

    QUuid achievementId() const { return m_id; }
    QString title() const;
    /// The value shown for a field label, empty if there is none (tests, accessibility).
    QString fieldValue(const QString &label) const;
    QString descriptionText() const;
    /// The badge as shown (kBadgePixels square), null without one.
    QImage badgeImage() const { return m_badgeImage; }

    /// "Event: session_completed × 3", "Milestone: session_count ≥ 10", "Awarded by hand".
    static QString unlockCriteriaText(const UnlockCriteria &criteria);

Q_SIGNALS:
    void editRequested(const QUuid &id);
    void awardRequested(const QUuid &id, const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setField(const QString &label, const QString &value);
    void renderBadge(const QJsonObject &iconConfig, const QString &badgeColor, bool faded);

    QUuid m_id;
    QString m_name;
    QImage m_badgeImage;
    QLabel *m_placeholder;
    QWidget *m_body;
    QLabel *m_badge;
    QLabel *m_title;
    QLabel *m_key;
    QLabel *m_description;
    QFormLayout *m_fields;
    QPushButton *m_edit;
    QPushButton *m_award;
};

} // namespace dicedesk
