// The badge designer offscreen: every layer control changes the config and the preview, a
// colour drag (the colour dialog's currentColorChanged, 50 steps) and a slider drag are one
// undo step each, undo/redo restore the exact configs, bursts render once per frame, PNG and
// SVG export load back, and presets are saved, listed, loaded and deleted against a real
// PostgreSQL as demo_sysadmin (shared) and demo_designer (tenant), with the designer's shared
// preset refused inline. Screenshots go to $DICEDESK_SCREENSHOT_DIR when it is set.
#include "DesignerFixture.h"
#include "backend/pg/PgBackend.h"
#include "badges/BadgeDesigner.h"
#include "badges/BadgeDesignerColorField.h"
#include "badges/BadgeDesignerDialog.h"
#include "badges/BadgeDesignerIconPicker.h"
#include "badges/BadgeDesignerPresetBar.h"
#include "badges/BadgeDesignerShapePicker.h"
#include "badges/BadgePreviewStrip.h"
#include "badges/BadgePreviewTile.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <memory>

using namespace dicedesk;
using test::DesignerFixture;

namespace {

constexpr int kTimeoutMs = 30000;

/// Waits until every preview tile has painted its current config.
bool waitPreviewSettled(BadgeDesigner &designer)
{
    return QTest::qWaitFor(
        [&] {
            for (const BadgePreviewTile *tile : designer.preview()->tiles()) {
                if (tile->isStale())
                    return false;
            }
            return true;
        },
        kTimeoutMs);
}

/// Toggles a check box with the keyboard (Space), as a keyboard user would.
void toggle(QCheckBox *check)
{
    check->setFocus();
    QTest::keyClick(check, Qt::Key_Space);
}

void typeHex(BadgeDesignerColorField *field, const QString &hex)
{
    field->hexEdit()->setFocus();
    field->hexEdit()->selectAll();
    QTest::keyClicks(field->hexEdit(), hex);
    QTest::keyClick(field->hexEdit(), Qt::Key_Return);
}

QColorDialog *openColorDialog(BadgeDesignerColorField *field)
{
    QTest::mouseClick(field->swatchButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return field->colorDialog() != nullptr; }, kTimeoutMs))
        return nullptr;
    return field->colorDialog();
}

long long presetCount()
{
    return DesignerFixture::count("SELECT count(*) FROM badge_presets");
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DICEDESK_SCREENSHOT_DIR");
    const QPixmap pixmap = widget.grab();
    QVERIFY(!pixmap.isNull());
    if (!dir.isEmpty())
        QVERIFY(pixmap.save(QDir(dir).filePath(name)));
}

} // namespace

class TestBadgeDesigner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static std::unique_ptr<BadgeDesigner> shownDesigner(Backend *backend = nullptr)
    {
        auto designer = std::make_unique<BadgeDesigner>(backend);
        designer->resize(1000, 700);
        designer->show();
        if (!QTest::qWaitForWindowExposed(designer.get()))
            return nullptr;
        return designer;
    }

    static std::unique_ptr<pg::PgBackend> connectAs(const QString &login)
    {
        auto backend = std::make_unique<pg::PgBackend>(DesignerFixture::dsnFor(login));
        QFuture<Result<Identity>> identity = backend->identify();
        if (!QTest::qWaitFor([&] { return identity.isFinished(); }, kTimeoutMs) ||
            !identity.result().ok())
            return nullptr;
        return backend;
    }

    /// Waits for the first preset list of a designer with a backend.
    static bool waitPresets(BadgeDesigner &designer)
    {
        BadgeDesignerPresetBar *bar = designer.presetBar();
        return QTest::qWaitFor([&] { return !bar->isBusy(); }, kTimeoutMs);
    }

    static bool saveAndWait(BadgeDesigner &designer, const QString &name, bool *ok)
    {
        QSignalSpy finished(designer.presetBar(), &BadgeDesignerPresetBar::finished);
        designer.savePreset(name);
        if (!finished.wait(kTimeoutMs))
            return false;
        *ok = finished.first().first().toBool();
        return true;
    }

    /// Picks a preset in the combo with the keyboard (which emits activated, as a user would).
    static bool choosePreset(BadgeDesigner &designer, const QString &name)
    {
        QComboBox *combo = designer.presetBar()->combo();
        const int index = combo->findText(name, Qt::MatchStartsWith);
        if (index < 0)
            return false;
        combo->setFocus();
        combo->setCurrentIndex(index - 1); // -1 (nothing chosen) for the first one
        QTest::keyClick(combo, Qt::Key_Down);
        return combo->currentIndex() == index;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void layersChangeConfigAndPreview()
    {
        auto designer = shownDesigner();
        QVERIFY(designer);
        QAbstractItemModelTester tester(designer->iconPicker()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitPreviewSettled(*designer));
        BadgePreviewTile *big = designer->preview()->tile(128, BadgeState::Unlocked);
        QVERIFY(big);
        QCOMPARE(designer->preview()->tiles().size(), 12);
        QSignalSpy changed(designer.get(), &BadgeDesigner::configChanged);

        // Shape.
        QImage before = big->image();
        QTest::mouseClick(designer->shapePicker()->button(QStringLiteral("star")), Qt::LeftButton);
        QCOMPARE(designer->config().shape, QStringLiteral("star"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.last().first().value<BadgeConfig>().shape, QStringLiteral("star"));
        QVERIFY(waitPreviewSettled(*designer));
        QCOMPARE(big->config(), designer->config());
        QVERIFY(big->image() != before);

        // Fill by hex, gradient on with a colour and an angle.
        before = big->image();
        typeHex(designer->fillField(), QStringLiteral("#ff0000"));
        QCOMPARE(designer->config().fill, QStringLiteral("#FF0000"));
        QVERIFY(waitPreviewSettled(*designer));
        QVERIFY(big->image() != before);
        QVERIFY(!designer->gradientAngleSlider()->isEnabled());
        toggle(designer->gradientCheck());
        QVERIFY(designer->config().gradient);
        QVERIFY(designer->gradientAngleSlider()->isEnabled());
        typeHex(designer->gradientField(), QStringLiteral("00FF00"));
        QCOMPARE(designer->config().gradientTo, QStringLiteral("#00FF00"));
        designer->gradientAngleSlider()->setFocus();
        QTest::keyClick(designer->gradientAngleSlider(), Qt::Key_PageUp);
        QCOMPARE(designer->config().gradientAngle, 90 + 45);

        // A hex that is not a colour changes nothing and shows the colour again.
        typeHex(designer->fillField(), QStringLiteral("#12"));
        QCOMPARE(designer->config().fill, QStringLiteral("#FF0000"));
        QCOMPARE(designer->fillField()->hexEdit()->text(), QStringLiteral("#FF0000"));

        // Border.
        toggle(designer->borderCheck());
        QVERIFY(designer->config().border);
        designer->borderWidthSlider()->setValue(12);
        QCOMPARE(designer->config().borderWidth, 12);
        typeHex(designer->borderField(), QStringLiteral("#000000"));
        QCOMPARE(designer->config().borderColor, QStringLiteral("#000000"));

        // Icon: the grid lists "none" and every bundled icon; picking one with the keyboard.
        BadgeDesignerIconPicker *icons = designer->iconPicker();
        QCOMPARE(icons->count(), BadgeConfig::iconNames().size() + 1);
        QVERIFY(!designer->iconColorField()->isEnabled());
        icons->setFocus();
        QTest::keyClick(icons, Qt::Key_Right);
        QCOMPARE(designer->config().icon, BadgeConfig::iconNames().constFirst());
        const int trophy = static_cast<int>(BadgeConfig::iconNames().indexOf("trophy"));
        QVERIFY(trophy >= 0);
        icons->setCurrentRow(trophy + 1);
        QCOMPARE(designer->config().icon, QStringLiteral("trophy"));
        QVERIFY(designer->iconColorField()->isEnabled());
        typeHex(designer->iconColorField(), QStringLiteral("#FFEB3B"));
        QCOMPARE(designer->config().iconColor, QStringLiteral("#FFEB3B"));

        // Label: at most 12 characters.
        designer->labelEdit()->setFocus();
        QTest::keyClicks(designer->labelEdit(), QStringLiteral("Champion of dice"));
        QCOMPARE(designer->config().label, QStringLiteral("Champion of "));
        typeHex(designer->labelColorField(), QStringLiteral("#111111"));
        QCOMPARE(designer->config().labelColor, QStringLiteral("#111111"));

        // Every tile shows the final config, and the states differ from each other.
        QVERIFY(waitPreviewSettled(*designer));
        for (const BadgePreviewTile *tile : designer->preview()->tiles()) {
            QCOMPARE(tile->config(), designer->config());
            QCOMPARE(tile->image().width(),
                     qRound(tile->pixels() * tile->image().devicePixelRatio()));
        }
        QVERIFY(designer->preview()->tile(64, BadgeState::Unlocked)->image() !=
                designer->preview()->tile(64, BadgeState::EasterEgg)->image());
        QCOMPARE(changed.last().first().value<BadgeConfig>(), designer->config());
        saveScreenshot(*designer, QStringLiteral("badge-designer.png"));
    }

    void colourDragIsOneUndoStep()
    {
        auto designer = shownDesigner();
        QVERIFY(designer);
        const BadgeConfig start = designer->config();
        QUndoStack *undo = designer->undoStack();
        const int steps = undo->count();
        QSignalSpy changed(designer.get(), &BadgeDesigner::configChanged);

        QColorDialog *dialog = openColorDialog(designer->fillField());
        QVERIFY(dialog);
        QColor last;
        for (int i = 1; i <= 50; ++i) {
            last = QColor::fromHsv((i * 7) % 360, 180, 220);
            dialog->setCurrentColor(last); // what dragging in the colour plane does
            QCOMPARE(designer->config().fill, BadgeDesignerColorField::hexName(last));
        }
        QCOMPARE(changed.size(), 50);
        QCOMPARE(undo->count(), steps + 1);
        dialog->accept();
        QTRY_VERIFY(designer->fillField()->colorDialog() == nullptr);
        QCOMPARE(designer->config().fill, BadgeDesignerColorField::hexName(last));
        QCOMPARE(undo->count(), steps + 1);
        const BadgeConfig dragged = designer->config();

        undo->undo();
        QCOMPARE(designer->config(), start);
        undo->redo();
        QCOMPARE(designer->config(), dragged);

        // A cancelled drag leaves the badge and the history as they were.
        dialog = openColorDialog(designer->fillField());
        QVERIFY(dialog);
        for (int i = 0; i < 10; ++i)
            dialog->setCurrentColor(QColor::fromHsv(i * 30, 255, 255));
        QVERIFY(designer->config().fill != dragged.fill);
        dialog->reject();
        QTRY_VERIFY(designer->fillField()->colorDialog() == nullptr);
        QCOMPARE(designer->config(), dragged);
        QCOMPARE(undo->count(), steps + 1);
        QVERIFY(!undo->canRedo());

        // Opened and closed without a change: no step.
        dialog = openColorDialog(designer->fillField());
        QVERIFY(dialog);
        dialog->accept();
        QTRY_VERIFY(designer->fillField()->colorDialog() == nullptr);
        QCOMPARE(designer->config(), dragged);
        QCOMPARE(undo->count(), steps + 1);

        // A slider held down is one step too; keyboard steps are one each.
        toggle(designer->borderCheck());
        QCOMPARE(undo->count(), steps + 2);
        QSlider *width = designer->borderWidthSlider();
        width->setSliderDown(true);
        for (int value = 1; value <= 16; ++value)
            width->setValue(value);
        width->setSliderDown(false);
        QCOMPARE(designer->config().borderWidth, 16);
        QCOMPARE(undo->count(), steps + 3);
        width->setFocus();
        QTest::keyClick(width, Qt::Key_Left);
        QTest::keyClick(width, Qt::Key_Left);
        QCOMPARE(designer->config().borderWidth, 14);
        QCOMPARE(undo->count(), steps + 5);

        // Typing a label is one step until the field is left.
        designer->labelEdit()->setFocus();
        QTest::keyClicks(designer->labelEdit(), QStringLiteral("Gold"));
        QCOMPARE(undo->count(), steps + 6);
        QTest::keyClick(designer->labelEdit(), Qt::Key_Return);
        QTest::keyClicks(designer->labelEdit(), QStringLiteral("!"));
        QCOMPARE(undo->count(), steps + 7);
        QCOMPARE(designer->config().label, QStringLiteral("Gold!"));
    }

    void undoRedoRestoreExactConfigs()
    {
        auto designer = shownDesigner();
        QVERIFY(designer);
        BadgeConfig seed;
        seed.shape = QStringLiteral("ribbon");
        seed.fill = QStringLiteral("#4CAF50");
        seed.icon = QStringLiteral("dice");
        seed.label = QStringLiteral("7");
        seed.extras.insert(QStringLiteral("future"), 1);
        designer->setConfig(seed);
        QCOMPARE(designer->config(), seed);
        QCOMPARE(designer->undoStack()->count(), 0);
        QCOMPARE(designer->shapePicker()->shape(), QStringLiteral("ribbon"));
        QCOMPARE(designer->iconPicker()->icon(), QStringLiteral("dice"));
        QCOMPARE(designer->labelEdit()->text(), QStringLiteral("7"));

        QList<BadgeConfig> states{designer->config()};
        QTest::mouseClick(designer->shapePicker()->button(QStringLiteral("shield")),
                          Qt::LeftButton);
        states.append(designer->config());
        typeHex(designer->fillField(), QStringLiteral("#123456"));
        states.append(designer->config());
        toggle(designer->borderCheck());
        states.append(designer->config());
        designer->iconPicker()->setCurrentRow(0);
        states.append(designer->config());
        toggle(designer->gradientCheck());
        states.append(designer->config());
        QCOMPARE(designer->undoStack()->count(), states.size() - 1);
        QCOMPARE(states.last().extras, seed.extras); // unknown keys survive every edit

        // Ctrl+Z from a control (not a text field), the undo button, the stack.
        designer->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(designer.get()));
        designer->shapePicker()->button(QStringLiteral("circle"))->setFocus();
        QTest::keyClick(designer->shapePicker()->button(QStringLiteral("circle")), Qt::Key_Z,
                        Qt::ControlModifier);
        QCOMPARE(designer->config(), states.at(states.size() - 2));
        auto *undoButton = designer->findChild<QToolButton *>(QStringLiteral("undoButton"));
        QVERIFY(undoButton);
        QTest::mouseClick(undoButton, Qt::LeftButton);
        QCOMPARE(designer->config(), states.at(states.size() - 3));
        for (int i = static_cast<int>(states.size()) - 4; i >= 0; --i) {
            designer->undoStack()->undo();
            QCOMPARE(designer->config(), states.at(i));
        }
        QVERIFY(!designer->undoStack()->canUndo());
        // The controls follow.
        QCOMPARE(designer->shapePicker()->shape(), QStringLiteral("ribbon"));
        QCOMPARE(designer->fillField()->hexEdit()->text(), QStringLiteral("#4CAF50"));
        QVERIFY(!designer->borderCheck()->isChecked());
        QCOMPARE(designer->iconPicker()->icon(), QStringLiteral("dice"));

        // Ctrl+Shift+Z redoes.
        designer->shapePicker()->button(QStringLiteral("circle"))->setFocus();
        QTest::keyClick(designer->shapePicker()->button(QStringLiteral("circle")), Qt::Key_Z,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(designer->config(), states.at(1));
        for (int i = 2; i < states.size(); ++i) {
            designer->undoStack()->redo();
            QCOMPARE(designer->config(), states.at(i));
        }
        QVERIFY(designer->gradientCheck()->isChecked());
        QCOMPARE(designer->iconPicker()->icon(), QString());
        QVERIFY(waitPreviewSettled(*designer));
        QCOMPARE(designer->preview()->tile(32, BadgeState::Locked)->config(), states.last());
    }

    void burstsRenderOncePerFrame()
    {
        auto designer = shownDesigner();
        QVERIFY(designer);
        QVERIFY(waitPreviewSettled(*designer));
        const int renders = designer->preview()->renderCount();
        QColorDialog *dialog = openColorDialog(designer->labelColorField());
        QVERIFY(dialog);
        // Twenty colour steps before the next frame: each tile renders once.
        for (int i = 0; i < 20; ++i)
            dialog->setCurrentColor(QColor::fromHsv(i * 15, 200, 200));
        QVERIFY(waitPreviewSettled(*designer));
        QCOMPARE(designer->preview()->renderCount() - renders,
                 static_cast<int>(designer->preview()->tiles().size()));
        dialog->accept();
        QTRY_VERIFY(designer->labelColorField()->colorDialog() == nullptr);
        // An edit that changes nothing renders nothing.
        const int settled = designer->preview()->renderCount();
        typeHex(designer->fillField(), designer->config().fill);
        QTest::qWait(50);
        QCOMPARE(designer->preview()->renderCount(), settled);
    }

    void exportsPngAndSvg()
    {
        auto designer = shownDesigner();
        QVERIFY(designer);
        QTest::mouseClick(designer->shapePicker()->button(QStringLiteral("hexagon")),
                          Qt::LeftButton);
        typeHex(designer->fillField(), QStringLiteral("#E91E63"));

        for (int pixels : {64, 128, 256, 512}) {
            const QString path = m_dir.filePath(QStringLiteral("badge-%1.png").arg(pixels));
            QVERIFY(designer->exportPng(path, pixels));
            QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            QCOMPARE(image.size(), QSize(pixels, pixels));
            QVERIFY(qAlpha(image.pixel(pixels / 2, pixels / 2)) > 0);
            QCOMPARE(qAlpha(image.pixel(0, 0)), 0); // hexagon corners stay transparent
        }
        QVERIFY(designer->messageText().contains(QStringLiteral("badge-512.png")));

        const QString svgPath = m_dir.filePath(QStringLiteral("badge.svg"));
        QVERIFY(designer->exportSvg(svgPath));
        QSvgRenderer svg(svgPath);
        QVERIFY(svg.isValid());
        QVERIFY(!svg.defaultSize().isEmpty());

        // A folder that does not exist: refused inline, nothing half-written.
        const QString bad = m_dir.filePath(QStringLiteral("missing/badge.png"));
        QVERIFY(!designer->exportPng(bad, 128));
        QVERIFY(!QFileInfo::exists(bad));
        QVERIFY(designer->messageText().contains(QStringLiteral("badge.png")));
    }

    void dialogReturnsTheConfig()
    {
        BadgeConfig start;
        start.shape = QStringLiteral("shield");
        BadgeDesignerDialog dialog(nullptr, start, QUuid());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.config(), start);
        QTest::mouseClick(dialog.designer()->shapePicker()->button(QStringLiteral("star")),
                          Qt::LeftButton);
        // Enter in a text field commits the field, not the dialog.
        typeHex(dialog.designer()->fillField(), QStringLiteral("#00BCD4"));
        QVERIFY(dialog.isVisible());
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.config().shape, QStringLiteral("star"));
        QCOMPARE(dialog.config().fill, QStringLiteral("#00BCD4"));
        saveScreenshot(dialog, QStringLiteral("badge-designer-dialog.png"));
    }

    void presetsAsSystemAdmin()
    {
        auto backend = connectAs(QStringLiteral("demo_sysadmin"));
        QVERIFY(backend);
        auto designer = shownDesigner(backend.get());
        QVERIFY(designer);
        designer->setPresetTenant(QUuid());
        QVERIFY(waitPresets(*designer));
        QVERIFY2(designer->messageText().isEmpty(), qPrintable(designer->messageText()));
        const long long before = presetCount();

        BadgeConfig saved;
        saved.shape = QStringLiteral("hexagon");
        saved.fill = QStringLiteral("#FFC107");
        saved.border = true;
        saved.borderColor = QStringLiteral("#3E2723");
        saved.icon = QStringLiteral("crown");
        saved.label = QStringLiteral("VIP");
        designer->setConfig(saved);
        bool ok = false;
        QVERIFY(saveAndWait(*designer, QStringLiteral("Golden crown"), &ok));
        QVERIFY2(ok, qPrintable(designer->messageText()));
        QCOMPARE(presetCount(), before + 1);
        const auto current = designer->presetBar()->currentPreset();
        QVERIFY(current);
        QCOMPARE(current->name, QStringLiteral("Golden crown"));
        QVERIFY(current->tenantId.isNull());
        QVERIFY(designer->messageText().contains(QStringLiteral("Golden crown")));

        // Change the badge, then load the preset back: one undo step, the exact config.
        QTest::mouseClick(designer->shapePicker()->button(QStringLiteral("circle")),
                          Qt::LeftButton);
        QVERIFY(designer->config() != saved);
        const int steps = designer->undoStack()->count();
        QVERIFY(choosePreset(*designer, QStringLiteral("Golden crown")));
        QCOMPARE(designer->config(), saved);
        QCOMPARE(designer->undoStack()->count(), steps + 1);
        designer->undoStack()->undo();
        QCOMPARE(designer->config().shape, QStringLiteral("circle"));

        // A second console sees it.
        auto other = shownDesigner(backend.get());
        QVERIFY(other);
        QVERIFY(waitPresets(*other));
        QVERIFY(other->presetBar()->combo()->findText(QStringLiteral("Golden crown"),
                                                      Qt::MatchStartsWith) >= 0);

        // Delete.
        QVERIFY(choosePreset(*designer, QStringLiteral("Golden crown")));
        QSignalSpy finished(designer->presetBar(), &BadgeDesignerPresetBar::finished);
        QVERIFY(designer->presetBar()->deleteButton()->isEnabled());
        QTest::mouseClick(designer->presetBar()->deleteButton(), Qt::LeftButton);
        QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(presetCount(), before);
        QCOMPARE(designer->presetBar()->combo()->findText(QStringLiteral("Golden crown"),
                                                          Qt::MatchStartsWith),
                 -1);
        QVERIFY(!designer->presetBar()->deleteButton()->isEnabled());
    }

    void presetsAsDesigner()
    {
        auto backend = connectAs(QStringLiteral("demo_designer"));
        QVERIFY(backend);
        const QUuid tenant = DesignerFixture::designerTenant();
        QVERIFY(!tenant.isNull());
        auto designer = shownDesigner(backend.get());
        QVERIFY(designer);
        designer->setPresetTenant(tenant);
        QVERIFY(waitPresets(*designer));
        const long long before = presetCount();

        BadgeConfig team;
        team.shape = QStringLiteral("shield");
        team.fill = QStringLiteral("#3F51B5");
        team.icon = QStringLiteral("users");
        designer->setConfig(team);
        bool ok = false;
        QVERIFY(saveAndWait(*designer, QStringLiteral("Team shield"), &ok));
        QVERIFY2(ok, qPrintable(designer->messageText()));
        QCOMPARE(presetCount(), before + 1);
        QCOMPARE(designer->presetBar()->currentPreset()->tenantId, tenant);
        QCOMPARE(BadgeConfig::fromJson(designer->presetBar()->currentPreset()->config), team);

        // A shared preset is for system admins: refused inline, nothing written, badge kept.
        designer->setPresetTenant(QUuid());
        QVERIFY(waitPresets(*designer));
        designer->labelEdit()->setFocus();
        QTest::keyClicks(designer->labelEdit(), QStringLiteral("Mine"));
        const BadgeConfig typed = designer->config();
        QVERIFY(saveAndWait(*designer, QStringLiteral("Everyone's shield"), &ok));
        QVERIFY(!ok);
        QVERIFY(!designer->messageText().isEmpty());
        QCOMPARE(presetCount(), before + 1);
        QCOMPARE(designer->config(), typed);
        saveScreenshot(*designer, QStringLiteral("badge-designer-refused.png"));

        // Back in the tenant: load and delete the team preset.
        designer->setPresetTenant(tenant);
        QVERIFY(waitPresets(*designer));
        QVERIFY(choosePreset(*designer, QStringLiteral("Team shield")));
        QCOMPARE(designer->config(), team);
        QSignalSpy finished(designer->presetBar(), &BadgeDesignerPresetBar::finished);
        designer->presetBar()->deleteCurrent();
        QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(presetCount(), before);
    }
};

QTEST_MAIN(TestBadgeDesigner)
#include "tst_badge_designer.moc"
