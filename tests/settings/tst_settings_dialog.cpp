// The Settings dialog: every control named for screen readers, usable from the keyboard,
// language and appearance applied at once (the dialog retranslates itself), Esc closes.
#include "i18n/LanguageManager.h"
#include "settings/SettingsDialog.h"
#include "theme/ThemeManager.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace dicedesk;

namespace {

/// The controls a user can reach: buttons, combos, spin boxes (not their inner editors).
QList<QWidget *> controls(const QWidget &dialog)
{
    QList<QWidget *> result;
    for (QWidget *widget : dialog.findChildren<QWidget *>()) {
        const bool control = qobject_cast<QAbstractButton *>(widget) ||
                             qobject_cast<QComboBox *>(widget) ||
                             qobject_cast<QAbstractSpinBox *>(widget);
        if (control && widget->isVisible())
            result.append(widget);
    }
    return result;
}

QLabel *buddyLabel(const QWidget &dialog, const QWidget *buddy)
{
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->buddy() == buddy)
            return label;
    }
    return nullptr;
}

QString translated(const char *source)
{
    return QCoreApplication::translate("dicedesk::SettingsDialog", source);
}

} // namespace

class TstSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void everyControlHasAnAccessibleName();
    void keyboardOnly();
    void languageAppliesAtOnce();
    void appearanceAppliesAtOnce();
    void queryTimeLimit();
    void typedTimeLimitSurvivesEsc();
    void escapeCloses();
};

void TstSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DiceDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settings_dialog"));
    QSettings().clear();
    ThemeManager::instance();
}

void TstSettingsDialog::init()
{
    QVERIFY(LanguageManager::instance()->apply(QStringLiteral("en")));
    ThemeManager::instance()->setAppearance(ThemeManager::Appearance::System);
}

void TstSettingsDialog::cleanupTestCase()
{
    LanguageManager::instance()->apply(QString());
    ThemeManager::instance()->setAppearance(ThemeManager::Appearance::System);
}

void TstSettingsDialog::everyControlHasAnAccessibleName()
{
    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QList<QWidget *> found = controls(dialog);
    QCOMPARE(found.size(), 4); // language, appearance, time limit, Close
    for (QWidget *control : found)
        QVERIFY2(!control->accessibleName().isEmpty(), control->metaObject()->className());
    QVERIFY(!dialog.accessibleName().isEmpty());
    // Every field has a label with a mnemonic that leads to it.
    for (QWidget *field : {static_cast<QWidget *>(dialog.languageCombo()),
                           static_cast<QWidget *>(dialog.appearanceCombo()),
                           static_cast<QWidget *>(dialog.timeoutSpin())}) {
        QLabel *label = buddyLabel(dialog, field);
        QVERIFY(label);
        QVERIFY2(label->text().contains(QLatin1Char('&')), qPrintable(label->text()));
    }
}

void TstSettingsDialog::keyboardOnly()
{
    SettingsDialog dialog;
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTRY_COMPARE(QApplication::focusWidget(), dialog.languageCombo());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.appearanceCombo());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(dialog.timeoutSpin()->isAncestorOf(QApplication::focusWidget()) ||
            QApplication::focusWidget() == dialog.timeoutSpin());
    // Alt+A (the label's mnemonic) jumps to the appearance; arrow keys change it at once.
    QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), dialog.appearanceCombo());
    const int dark =
        dialog.appearanceCombo()->findData(static_cast<int>(ThemeManager::Appearance::Dark));
    QVERIFY(dark > 0);
    while (dialog.appearanceCombo()->currentIndex() < dark)
        QTest::keyClick(dialog.appearanceCombo(), Qt::Key_Down);
    QVERIFY(ThemeManager::instance()->isDark());
    // Alt+L to the language.
    QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), dialog.languageCombo());
}

void TstSettingsDialog::languageAppliesAtOnce()
{
    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Settings"));
    QLabel *languageLabel = buddyLabel(dialog, dialog.languageCombo());
    QVERIFY(languageLabel);
    QCOMPARE(languageLabel->text(), QStringLiteral("&Language:"));
    QCOMPARE(dialog.languageCombo()->itemText(0), QStringLiteral("System default (English)"));
    QCOMPARE(dialog.languageCombo()->currentData().toString(), QStringLiteral("en"));

    const int swedish = dialog.languageCombo()->findData(QStringLiteral("sv"));
    QVERIFY(swedish > 0);
    QCOMPARE(dialog.languageCombo()->itemText(swedish), QStringLiteral("Svenska"));
    dialog.languageCombo()->setCurrentIndex(swedish);

    // No event loop in between: the dialog is already Swedish.
    QCOMPARE(LanguageManager::instance()->current(), QStringLiteral("sv"));
    QVERIFY(translated("Settings") != QStringLiteral("Settings"));
    QCOMPARE(dialog.windowTitle(), translated("Settings"));
    QCOMPARE(languageLabel->text(), translated("&Language:"));
    QVERIFY(languageLabel->text() != QStringLiteral("&Language:"));
    QCOMPARE(dialog.languageCombo()->accessibleName(), translated("Language"));
    QCOMPARE(dialog.appearanceCombo()->itemText(2), translated("Dark"));
    QVERIFY(dialog.appearanceCombo()->itemText(2) != QStringLiteral("Dark"));
    QPushButton *close = dialog.findChild<QPushButton *>(QStringLiteral("closeButton"));
    QVERIFY(close);
    QCOMPARE(close->text(), translated("&Close"));
    QVERIFY(close->text() != QStringLiteral("&Close"));
    // The combo kept the choice while its texts changed; native names stay native.
    QCOMPARE(dialog.languageCombo()->currentIndex(), swedish);
    QCOMPARE(dialog.languageCombo()->itemText(swedish), QStringLiteral("Svenska"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("sv"));

    // Norwegian, then the system default again.
    dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(QStringLiteral("nb")));
    QCOMPARE(dialog.windowTitle(), translated("Settings"));
    QVERIFY(dialog.windowTitle() != QStringLiteral("Settings"));
    dialog.languageCombo()->setCurrentIndex(0);
    QCOMPARE(LanguageManager::instance()->current(), QString());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Settings"));
    QCOMPARE(languageLabel->text(), QStringLiteral("&Language:"));
}

void TstSettingsDialog::appearanceAppliesAtOnce()
{
    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.appearanceCombo()->currentData().toInt(),
             static_cast<int>(ThemeManager::Appearance::System));
    const bool systemDark = ThemeManager::instance()->isDark();
    dialog.appearanceCombo()->setCurrentIndex(
        dialog.appearanceCombo()->findData(static_cast<int>(ThemeManager::Appearance::Dark)));
    QVERIFY(ThemeManager::instance()->isDark());
    QVERIFY(ThemeManager::isDarkPalette(dialog.palette()));
    QCOMPARE(QSettings().value(QStringLiteral("ui/appearance")).toString(), QStringLiteral("dark"));
    dialog.appearanceCombo()->setCurrentIndex(
        dialog.appearanceCombo()->findData(static_cast<int>(ThemeManager::Appearance::Light)));
    QVERIFY(!ThemeManager::instance()->isDark());
    QVERIFY(!ThemeManager::isDarkPalette(dialog.palette()));
    dialog.appearanceCombo()->setCurrentIndex(0);
    QCOMPARE(ThemeManager::instance()->appearance(), ThemeManager::Appearance::System);
    QCOMPARE(ThemeManager::instance()->isDark(), systemDark);
}

void TstSettingsDialog::queryTimeLimit()
{
    QSettings().remove(SettingsDialog::statementTimeoutKey());
    QCOMPARE(SettingsDialog::statementTimeoutKey(),
             QStringLiteral("connection/statementTimeoutSec"));
    SettingsDialog dialog;
    QCOMPARE(dialog.timeoutSpin()->value(), 30);
    QCOMPARE(dialog.timeoutSpin()->minimum(), 5);
    QCOMPARE(dialog.timeoutSpin()->maximum(), 600);
    dialog.timeoutSpin()->setValue(120);
    QCOMPARE(QSettings().value(SettingsDialog::statementTimeoutKey()).toInt(), 120);
    QCOMPARE(SettingsDialog::statementTimeoutSeconds(), 120);
    dialog.timeoutSpin()->setValue(5000);
    QCOMPARE(SettingsDialog::statementTimeoutSeconds(), 600);
    // A stored value out of range (an edited file) is brought within bounds.
    QSettings().setValue(SettingsDialog::statementTimeoutKey(), 1);
    QCOMPARE(SettingsDialog::statementTimeoutSeconds(), 5);
    QSettings().setValue(SettingsDialog::statementTimeoutKey(), QStringLiteral("soon"));
    QCOMPARE(SettingsDialog::statementTimeoutSeconds(), 30);
}

void TstSettingsDialog::typedTimeLimitSurvivesEsc()
{
    QSettings().setValue(SettingsDialog::statementTimeoutKey(), 30);
    SettingsDialog dialog;
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.timeoutSpin()->setFocus();
    QTest::keyClick(dialog.timeoutSpin(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(dialog.timeoutSpin(), QStringLiteral("45"));
    QTest::keyClick(dialog.timeoutSpin(), Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(SettingsDialog::statementTimeoutSeconds(), 45);
}

void TstSettingsDialog::escapeCloses()
{
    SettingsDialog dialog;
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(dialog.isVisible());
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &dialog,
                    Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    // The Close button closes too.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPushButton *close = dialog.findChild<QPushButton *>(QStringLiteral("closeButton"));
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
}

QTEST_MAIN(TstSettingsDialog)
#include "tst_settings_dialog.moc"
