#include "AchievementTextsTab.h"

#include "ProblemMarks.h"
#include "achievements/AchievementValidation.h"
#include "theme/ThemedIcon.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dicedesk {

namespace {

QPlainTextEdit *textBox(int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    const int lineHeight = edit->fontMetrics().lineSpacing();
    edit->setFixedHeight(lineHeight * lines + 14);
    return edit;
}

QString plain(const QPlainTextEdit *edit)
{
    return edit->toPlainText().trimmed();
}

} // namespace

AchievementTextsTab::AchievementTextsTab(ProblemMarks &marks, QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_missing(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    m_intro->setWordWrap(true);
    m_intro->setEnabled(false);
    m_missing->setObjectName(QStringLiteral("missingTranslations"));
    m_missing->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("localeTabs"));
    m_tabs->setDocumentMode(true);

    const auto emitChanged = [this] {
        if (!m_loading)
            Q_EMIT changed();
    };
    for (const QString &locale : achievementLocales()) {
        auto *pageWidget = new QWidget(m_tabs);
        pageWidget->setObjectName(QStringLiteral("texts_") + locale);
        auto *pageLayout = new QVBoxLayout(pageWidget);
        auto *form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        pageLayout->addLayout(form);
        pageLayout->addStretch(1);
        Page page;
        page.name = new QLineEdit(pageWidget);
        page.description = textBox(4, pageWidget);
        page.hint = new QLineEdit(pageWidget);
        page.criteria = textBox(2, pageWidget);
        page.name->setObjectName(QStringLiteral("name_") + locale);
        page.description->setObjectName(QStringLiteral("description_") + locale);
        page.hint->setObjectName(QStringLiteral("hint_") + locale);
        page.criteria->setObjectName(QStringLiteral("criteria_") + locale);
        const QString base = QStringLiteral("translations.") + locale;
        const auto addRow = [&](QWidget *field, const QString &path) {
            auto *label = new QLabel(pageWidget);
            label->setBuddy(field);
            page.labels.append(label);
            form->addRow(label, marks.wrap(path, field, pageWidget));
        };
        addRow(page.name, base + QStringLiteral(".name"));
        addRow(page.description, base + QStringLiteral(".description"));
        addRow(page.hint, base + QStringLiteral(".hint_text"));
        addRow(page.criteria, base + QStringLiteral(".criteria_text"));
        marks.alias(base, base + QStringLiteral(".name"));
        m_tabs->addTab(pageWidget, QString());
        connect(page.name, &QLineEdit::textEdited, this, emitChanged);
        connect(page.hint, &QLineEdit::textEdited, this, emitChanged);
        connect(page.description, &QPlainTextEdit::textChanged, this, emitChanged);
        connect(page.criteria, &QPlainTextEdit::textChanged, this, emitChanged);
        m_pages.insert(locale, page);
    }
    // The top-level texts are the Swedish ones.
    marks.alias(QStringLiteral("name"), QStringLiteral("translations.sv.name"));
    marks.alias(QStringLiteral("description"), QStringLiteral("translations.sv.description"));
    marks.alias(QStringLiteral("hint_text"), QStringLiteral("translations.sv.hint_text"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_missing);
    layout->addWidget(m_tabs, 1);
    retranslateUi();
}

void AchievementTextsTab::retranslateUi()
{
    m_intro->setText(tr("Swedish is the main language: its texts are also the achievement's own "
                        "name, description and hint, shown to members whose language has no "
                        "translation."));
    for (int i = 0; i < achievementLocales().size(); ++i) {
        const QString locale = achievementLocales().at(i);
        m_tabs->setTabText(i, AchievementValidation::localeName(locale));
        const Page &page = m_pages[locale];
        page.labels.at(0)->setText(tr("&Name"));
        page.labels.at(1)->setText(tr("D&escription"));
        page.labels.at(2)->setText(tr("Hi&nt"));
        page.labels.at(3)->setText(tr("&Criteria text"));
        page.name->setPlaceholderText(locale == QLatin1String("sv")
                                          ? tr("Required")
                                          : tr("Leave all fields empty for no translation"));
        page.hint->setPlaceholderText(m_easterEgg ? tr("Easter eggs have no hint")
                                                  : tr("Shown on the locked badge"));
        page.criteria->setPlaceholderText(tr("How to unlock it, in the member's words"));
    }
    setMissing(m_missingLocales);
}

void AchievementTextsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QLineEdit *AchievementTextsTab::nameEdit(const QString &locale) const
{
    return m_pages.value(locale).name;
}
QPlainTextEdit *AchievementTextsTab::descriptionEdit(const QString &locale) const
{
    return m_pages.value(locale).description;
}
QLineEdit *AchievementTextsTab::hintEdit(const QString &locale) const
{
    return m_pages.value(locale).hint;
}
QPlainTextEdit *AchievementTextsTab::criteriaEdit(const QString &locale) const
{
    return m_pages.value(locale).criteria;
}

void AchievementTextsTab::load(const AchievementDefinition &d)
{
    m_loading = true;
    m_stashedHints.clear();
    for (const QString &locale : achievementLocales()) {
        AchievementTexts texts = d.translations.value(locale);
        if (locale == QLatin1String("sv") && !d.translations.contains(locale))
            texts = AchievementTexts{d.name, d.description, d.hintText, {}};
        const Page &page = m_pages[locale];
        page.name->setText(texts.name);
        page.description->setPlainText(texts.description);
        page.hint->setText(texts.hintText);
        page.criteria->setPlainText(texts.criteriaText);
    }
    m_loading = false;
    m_easterEgg = !d.easterEgg; // force the refresh
    setEasterEgg(d.easterEgg);
    m_stashedHints.clear();
}

void AchievementTextsTab::apply(AchievementDefinition &d) const
{
    d.translations.clear();
    for (const QString &locale : achievementLocales()) {
        const Page &page = m_pages[locale];
        const AchievementTexts texts{page.name->text().trimmed(), plain(page.description),
                                     page.hint->text().trimmed(), plain(page.criteria)};
        if (!texts.isEmpty())
            d.translations.insert(locale, texts);
    }
    const Page &sv = m_pages[QStringLiteral("sv")];
    d.name = sv.name->text().trimmed();
    d.description = plain(sv.description);
    d.hintText = sv.hint->text().trimmed();
}

void AchievementTextsTab::setReadOnly(bool readOnly)
{
    for (const Page &page : std::as_const(m_pages)) {
        page.name->setReadOnly(readOnly);
        page.description->setReadOnly(readOnly);
        page.hint->setReadOnly(readOnly || m_easterEgg);
        page.criteria->setReadOnly(readOnly);
    }
}

void AchievementTextsTab::setEasterEgg(bool on)
{
    if (on == m_easterEgg)
        return;
    m_easterEgg = on;
    const bool wasLoading = m_loading;
    m_loading = true;
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        QLineEdit *hint = it->hint;
        if (on) {
            if (!hint->text().isEmpty())
                m_stashedHints.insert(it.key(), hint->text());
            hint->clear();
        } else if (hint->text().isEmpty()) {
            hint->setText(m_stashedHints.take(it.key()));
        }
        hint->setEnabled(!on);
        hint->setToolTip(on ? tr("Easter eggs have no hint: members see only \"?\" until they "
                                 "find it.")
                            : QString());
    }
    m_loading = wasLoading;
    retranslateUi();
}

void AchievementTextsTab::setMissing(const QStringList &missing)
{
    m_missingLocales = missing;
    const QIcon warning = themedIcon(QStringLiteral(":/icons/warning.svg"));
    for (int i = 0; i < achievementLocales().size(); ++i) {
        const bool isMissing = missing.contains(achievementLocales().at(i));
        m_tabs->setTabIcon(i, isMissing ? warning : QIcon());
        m_tabs->setTabToolTip(i, isMissing ? tr("No translation yet") : QString());
    }
    if (missing.isEmpty()) {
        m_missing->hide();
        return;
    }
    QStringList names;
    for (const QString &locale : missing)
        names.append(AchievementValidation::localeName(locale));
    if (missing.contains(QLatin1String("sv")))
        //: %1 the languages without a translation, e.g. "Swedish, Norwegian"
        m_missing->setText(tr("⚠ Missing translations: %1. The Swedish name is required.")
                               .arg(names.join(QStringLiteral(", "))));
    else
        //: %1 the languages without a translation, e.g. "English, Norwegian"
        m_missing->setText(tr("⚠ Missing translations: %1. Members who use them see the Swedish "
                              "texts until they are added.")
                               .arg(names.join(QStringLiteral(", "))));
    m_missing->show();
}

} // namespace dicedesk
