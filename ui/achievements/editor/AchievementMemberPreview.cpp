#include "AchievementMemberPreview.h"

#include "achievements/AchievementValidation.h"
#include "badges/BadgeConfig.h"
#include "badges/BadgeRenderer.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace dicedesk {

namespace {

constexpr int kCardBadge = 96;

BadgeConfig badgeOf(const AchievementDefinition &d)
{
    if (!d.iconConfig.isEmpty())
        return BadgeConfig::fromJson(d.iconConfig);
    BadgeConfig plain;
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (colour.match(d.badgeColor).hasMatch())
        plain.fill = d.badgeColor.toUpper();
    return plain;
}

} // namespace

AchievementPreviewCard::AchievementPreviewCard(QWidget *parent)
    : QFrame(parent)
    , m_badge(new QLabel(this))
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
    , m_caption(new QLabel(this))
{
    setObjectName(QStringLiteral("previewCard"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setFixedWidth(230);
    setMinimumHeight(270);
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setFixedHeight(kCardBadge + 12);
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_body->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_body->setWordWrap(true);
    m_caption->setAlignment(Qt::AlignHCenter);
    m_caption->setWordWrap(true);
    m_caption->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 10);
    layout->addWidget(m_badge);
    layout->addWidget(m_title);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_caption);
}

void AchievementPreviewCard::show(const QImage &badge, const QString &title, const QString &body,
                                  const QString &caption, bool muted)
{
    m_image = badge;
    m_badge->setPixmap(QPixmap::fromImage(badge));
    m_title->setText(title);
    m_body->setText(body);
    m_body->setVisible(!body.isEmpty());
    m_caption->setText(caption);
    m_title->setEnabled(!muted);
}

AchievementMemberPreview::AchievementMemberPreview(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_localeLabel(new QLabel(this))
    , m_locale(new QComboBox(this))
    , m_fallback(new QLabel(this))
    , m_unlocked(new AchievementPreviewCard(this))
    , m_locked(new AchievementPreviewCard(this))
    , m_lockedNote(new QLabel(this))
{
    m_locale->setObjectName(QStringLiteral("previewLocaleCombo"));
    m_fallback->setObjectName(QStringLiteral("previewFallbackNote"));
    m_unlocked->setObjectName(QStringLiteral("unlockedCard"));
    m_locked->setObjectName(QStringLiteral("lockedCard"));
    m_intro->setWordWrap(true);
    m_intro->setEnabled(false);
    m_fallback->setWordWrap(true);
    m_lockedNote->setWordWrap(true);
    m_lockedNote->setEnabled(false);
    for (const QString &locale : achievementLocales())
        m_locale->addItem(QString(), locale);
    m_localeLabel->setBuddy(m_locale);

    auto *top = new QHBoxLayout;
    top->addWidget(m_localeLabel);
    top->addWidget(m_locale);
    top->addStretch(1);
    auto *cards = new QHBoxLayout;
    cards->addStretch(1);
    cards->addWidget(m_unlocked);
    cards->addSpacing(16);
    cards->addWidget(m_locked);
    cards->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(top);
    layout->addWidget(m_fallback);
    layout->addSpacing(8);
    layout->addLayout(cards);
    layout->addWidget(m_lockedNote);
    layout->addStretch(1);

    connect(m_locale, &QComboBox::currentIndexChanged, this, &AchievementMemberPreview::refresh);
    retranslateUi();
}

void AchievementMemberPreview::retranslateUi()
{
    m_intro->setText(tr("How members see this achievement in the achievements grid of the app."));
    m_localeLabel->setText(tr("&Language"));
    for (int i = 0; i < m_locale->count(); ++i)
        m_locale->setItemText(i,
                              AchievementValidation::localeName(m_locale->itemData(i).toString()));
    refresh();
}

void AchievementMemberPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AchievementMemberPreview::setDefinition(const AchievementDefinition &definition)
{
    m_definition = definition;
    refresh();
}

void AchievementMemberPreview::setLocale(const QString &locale)
{
    const int index = m_locale->findData(locale);
    if (index >= 0)
        m_locale->setCurrentIndex(index);
}

QString AchievementMemberPreview::locale() const
{
    return m_locale->currentData().toString();
}

void AchievementMemberPreview::refresh()
{
    const AchievementDefinition &d = m_definition;
    const QString locale = this->locale();
    AchievementTexts texts;
    const auto own = d.translations.constFind(locale);
    const bool missing = own == d.translations.cend() || own->isEmpty();
    if (!missing)
        texts = *own;
    else if (d.translations.contains(QStringLiteral("sv")))
        texts = d.translations.value(QStringLiteral("sv"));
    else
        texts = AchievementTexts{d.name, d.description, d.hintText, {}};
    if (missing) {
        //: %1 a language (English); members of it see the Swedish texts
        m_fallback->setText(tr("⚠ Missing translation: there is no %1 text yet, so members who "
                               "use %1 see the Swedish one.")
                                .arg(AchievementValidation::localeName(locale)));
    }
    m_fallback->setVisible(missing && locale != QLatin1String("sv"));

    const BadgeConfig badge = badgeOf(d);
    const qreal ratio = devicePixelRatioF();
    const auto render = [&](BadgeState state) {
        QImage image = BadgeRenderer::render(badge, qRound(kCardBadge * ratio), state);
        image.setDevicePixelRatio(ratio);
        return image;
    };
    const QString name = texts.name.isEmpty() ? tr("(no name)") : texts.name;
    m_unlocked->show(render(BadgeState::Unlocked), name, texts.description, tr("Unlocked"), false);

    if (d.easterEgg) {
        m_locked->show(render(BadgeState::EasterEgg), QStringLiteral("???"), QString(),
                       tr("Locked · easter egg"), true);
        m_lockedNote->setText(tr("An easter egg stays a mystery: members see only \"?\", with "
                                 "no name and no hint, until they unlock it."));
    } else {
        QStringList body;
        if (!texts.hintText.isEmpty())
            //: the hint on a locked achievement card, %1 the hint text
            body.append(tr("Hint: %1").arg(texts.hintText));
        if (!texts.criteriaText.isEmpty())
            body.append(texts.criteriaText);
        const BadgeState state =
            texts.hintText.isEmpty() ? BadgeState::Locked : BadgeState::LockedWithHint;
        m_locked->show(render(state), name, body.join(QLatin1String("\n\n")), tr("Locked"), true);
        m_lockedNote->setText(texts.hintText.isEmpty()
                                  ? tr("Locked achievements show a greyed badge with \"?\". Add "
                                       "a hint to tell members how to get it.")
                                  : tr("Locked achievements show a greyed badge with \"?\" and "
                                       "the hint."));
    }
}

} // namespace dicedesk
