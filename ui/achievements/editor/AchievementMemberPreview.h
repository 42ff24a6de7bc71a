#pragma once

#include "domain/Achievement.h"

#include <QFrame>
#include <QWidget>

class QComboBox;
class QLabel;

namespace dicedesk {

/// One achievement card as the member app's grid shows it.
class AchievementPreviewCard : public QFrame
{
    Q_OBJECT

public:
    explicit AchievementPreviewCard(QWidget *parent = nullptr);

    void show(const QImage &badge, const QString &title, const QString &body,
              const QString &caption, bool muted);
    QLabel *badgeLabel() const { return m_badge; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *bodyLabel() const { return m_body; }
    QLabel *captionLabel() const { return m_caption; }
    /// The badge last shown (for tests and screenshots).
    const QImage &badgeImage() const { return m_image; }

private:
    QLabel *m_badge;
    QLabel *m_title;
    QLabel *m_body;
    QLabel *m_caption;
    QImage m_image;
};

/// The editor's "Preview" tab: how a member sees this achievement in the achievements grid, in
/// a chosen locale — unlocked (badge, name, description) and locked: greyed with "?" and the
/// hint, or, for an easter egg, a dark "?" with neither name nor hint. A locale without a
/// translation shows the Swedish texts, marked as missing.
class AchievementMemberPreview : public QWidget
{
    Q_OBJECT

public:
    explicit AchievementMemberPreview(QWidget *parent = nullptr);

    void setDefinition(const AchievementDefinition &definition);
    void setLocale(const QString &locale);
    QString locale() const;

    QComboBox *localeCombo() const { return m_locale; }
    AchievementPreviewCard *unlockedCard() const { return m_unlocked; }
    AchievementPreviewCard *lockedCard() const { return m_locked; }
    QLabel *fallbackNote() const { return m_fallback; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();

    AchievementDefinition m_definition;
    QLabel *m_intro;
    QLabel *m_localeLabel;
    QComboBox *m_locale;
    QLabel *m_fallback;
    AchievementPreviewCard *m_unlocked;
    AchievementPreviewCard *m_locked;
    QLabel *m_lockedNote;
};

} // namespace dicedesk
