#include "SettingsDialog.h"

#include "i18n/LanguageManager.h"
#include "theme/ThemeManager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcSettings, "dicedesk.ui.settings", QtInfoMsg)

namespace dicedesk {

SettingsDialog::SettingsDialog(QWidget *parent, LanguageManager *languages, ThemeManager *themes)
    : QDialog(parent)
    , m_languages(languages ? languages : LanguageManager::instance())
    , m_themes(themes ? themes : ThemeManager::instance())
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_appearanceLabel(new QLabel(this))
    , m_appearance(new QComboBox(this))
    , m_timeoutLabel(new QLabel(this))
    , m_timeout(new QSpinBox(this))
    , m_timeoutNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_close(nullptr)
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_appearance->setObjectName(QStringLiteral("appearanceCombo"));
    m_timeout->setObjectName(QStringLiteral("statementTimeoutSpin"));

    // Items first with placeholders; retranslateUi() gives them their texts.
    m_language->addItem(QString(), QString());
    for (const LanguageManager::Language &language : LanguageManager::available())
        m_language->addItem(language.nativeName, language.code);
    for (const ThemeManager::Appearance appearance :
         {ThemeManager::Appearance::System, ThemeManager::Appearance::Light,
          ThemeManager::Appearance::Dark})
        m_appearance->addItem(QString(), static_cast<int>(appearance));

    for (QComboBox *combo : {m_language, m_appearance})
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_timeout->setRange(kMinimumTimeoutSec, kMaximumTimeoutSec);
    m_timeout->setValue(statementTimeoutSeconds());
    m_timeout->setKeyboardTracking(false); // store what was typed once, not every digit
    m_timeout->setAlignment(Qt::AlignRight);
    m_timeoutNote->setForegroundRole(QPalette::PlaceholderText);
    m_timeoutNote->setWordWrap(true);

    m_languageLabel->setBuddy(m_language);
    m_appearanceLabel->setBuddy(m_appearance);
    m_timeoutLabel->setBuddy(m_timeout);

    m_close = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setDefault(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_appearanceLabel, m_appearance);
    form->addRow(m_timeoutLabel, m_timeout);
    form->addRow(QString(), m_timeoutNote);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setTabOrder(m_language, m_appearance);
    setTabOrder(m_appearance, m_timeout);
    setTabOrder(m_timeout, m_close);

    retranslateUi();
    syncFromManagers();
    setMinimumWidth(420);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_languages->apply(m_language->itemData(index).toString());
    });
    connect(m_appearance, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_themes->setAppearance(
                static_cast<ThemeManager::Appearance>(m_appearance->itemData(index).toInt()));
    });
    connect(m_timeout, &QSpinBox::valueChanged, this, &SettingsDialog::storeTimeout);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Changed elsewhere (say, a second window): show the truth.
    connect(m_languages, &LanguageManager::languageChanged, this,
            &SettingsDialog::syncFromManagers);
    connect(m_themes, &ThemeManager::appearanceChanged, this, &SettingsDialog::syncFromManagers);
}

QString SettingsDialog::statementTimeoutKey()
{
    return QStringLiteral("connection/statementTimeoutSec");
}

int SettingsDialog::statementTimeoutSeconds()
{
    bool ok = false;
    const int stored = QSettings().value(statementTimeoutKey(), kDefaultTimeoutSec).toInt(&ok);
    return ok ? qBound(kMinimumTimeoutSec, stored, kMaximumTimeoutSec) : kDefaultTimeoutSec;
}

void SettingsDialog::storeTimeout(int seconds)
{
    QSettings().setValue(statementTimeoutKey(), seconds);
    qCDebug(lcSettings) << "query time limit" << seconds << "s";
}

void SettingsDialog::syncFromManagers()
{
    {
        const QSignalBlocker blocker(m_language);
        m_language->setCurrentIndex(std::max(0, m_language->findData(m_languages->current())));
    }
    const QSignalBlocker blocker(m_appearance);
    m_appearance->setCurrentIndex(
        std::max(0, m_appearance->findData(static_cast<int>(m_themes->appearance()))));
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));

    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("Changes the language of DiceDesk at once."));
    {
        const QSignalBlocker blocker(m_language);
        //: First entry of the language list; %1 is the language the system asks for, in
        //: that language (for example "Svenska")
        m_language->setItemText(
            0, tr("System default (%1)")
                   .arg(LanguageManager::nativeName(LanguageManager::systemLanguage())));
    }

    m_appearanceLabel->setText(tr("&Appearance:"));
    m_appearance->setAccessibleName(tr("Appearance"));
    {
        const QSignalBlocker blocker(m_appearance);
        //: Appearance choice: use the desktop's light or dark colours and follow its changes
        m_appearance->setItemText(0, tr("Follow the system"));
        m_appearance->setItemText(1, tr("Light"));
        m_appearance->setItemText(2, tr("Dark"));
    }

    m_timeoutLabel->setText(tr("&Query time limit:"));
    m_timeout->setAccessibleName(tr("Query time limit in seconds"));
    //: Unit after the query time limit's number; keep the leading space if your language
    //: separates numbers and units
    m_timeout->setSuffix(tr(" s"));
    m_timeoutNote->setText(
        tr("The database stops any query that runs longer. Applies to new connections."));
    m_timeout->setAccessibleDescription(m_timeoutNote->text());
    m_timeoutNote->setAccessibleName(tr("About the query time limit"));

    m_close->setText(tr("&Close"));
    m_close->setAccessibleName(tr("Close settings"));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::done(int result)
{
    // A number typed but not yet confirmed (Esc straight after typing) still counts.
    m_timeout->interpretText();
    QDialog::done(result);
}

} // namespace dicedesk
