// The side-by-side comparison of two achievement definitions (no database): every field in a
// fixed order, each translation field, unlock parameters on either side, the badge as
// indented JSON, and only the changed rows flagged.
#include "achievements/AchievementDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace dicedesk;

namespace {

AchievementDefinition base()
{
    AchievementDefinition d;
    d.key = QStringLiteral("session-10");
    d.name = QStringLiteral("Lekledare i farten");
    d.conditionType = QStringLiteral("session_count");
    d.conditionValue = 10;
    d.unlockCriteria = {QStringLiteral("milestone"),
                        {{QStringLiteral("metric"), QStringLiteral("session_count")},
                         {QStringLiteral("threshold"), 10}}};
    d.iconConfig = {{QStringLiteral("shape"), QStringLiteral("shield")},
                    {QStringLiteral("fill"), QStringLiteral("#2196F3")}};
    d.status = QStringLiteral("active");
    d.translations.insert(QStringLiteral("sv"), {d.name, {}, QStringLiteral("Fortsätt"), {}});
    d.translations.insert(QStringLiteral("en"), {QStringLiteral("Game leader"), {}, {}, {}});
    return d;
}

const AchievementDiffRow *row(const QList<AchievementDiffRow> &rows, const QString &path)
{
    for (const AchievementDiffRow &r : rows) {
        if (r.path == path)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestAchievementDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalHasNoChanges()
    {
        const QList<AchievementDiffRow> rows = AchievementDiff::compare(base(), base());
        QVERIFY(rows.size() > 20);
        for (const AchievementDiffRow &r : rows) {
            QVERIFY2(!r.changed, qPrintable(r.path));
            QCOMPARE(r.left, r.right);
        }
        QVERIFY(AchievementDiff::changes(base(), base()).isEmpty());
    }

    void fixedOrderAndLabels()
    {
        const QList<AchievementDiffRow> rows = AchievementDiff::compare(base(), base());
        QCOMPARE(rows.first().path, QStringLiteral("achievement_key"));
        QCOMPARE(rows.first().label, QStringLiteral("Key"));
        // Every locale is listed, even one neither side has.
        QVERIFY(row(rows, QStringLiteral("translations.no.name")));
        QCOMPARE(row(rows, QStringLiteral("translations.en.name"))->label,
                 QStringLiteral("Name (English)"));
        // Locales come in sv, en, no order after the other fields.
        QStringList localeOrder;
        for (const AchievementDiffRow &r : rows) {
            if (r.path.endsWith(QLatin1String(".name")) && r.path.startsWith(QLatin1String("tr")))
                localeOrder.append(r.path.section(QLatin1Char('.'), 1, 1));
        }
        QCOMPARE(localeOrder, achievementLocales());
        QCOMPARE(row(rows, QStringLiteral("status"))->left, QStringLiteral("Active"));
        QCOMPARE(row(rows, QStringLiteral("unlock_criteria.params.threshold"))->left,
                 QStringLiteral("10"));
    }

    void changedFields()
    {
        AchievementDefinition after = base();
        after.conditionValue = 20;
        after.unlockCriteria.params[QStringLiteral("threshold")] = 20;
        after.translations[QStringLiteral("en")].description = QStringLiteral("Lead twenty.");
        after.translations.insert(QStringLiteral("no"), {QStringLiteral("Lekleder"), {}, {}, {}});
        after.status = QStringLiteral("archived");

        QCOMPARE(AchievementDiff::changedPaths(base(), after),
                 (QStringList{QStringLiteral("status"), QStringLiteral("condition_value"),
                              QStringLiteral("unlock_criteria.params.threshold"),
                              QStringLiteral("translations.en.description"),
                              QStringLiteral("translations.no.name")}));
        const QList<AchievementDiffRow> rows = AchievementDiff::changes(base(), after);
        const AchievementDiffRow *value = row(rows, QStringLiteral("condition_value"));
        QVERIFY(value);
        QCOMPARE(value->left, QStringLiteral("10"));
        QCOMPARE(value->right, QStringLiteral("20"));
        QCOMPARE(row(rows, QStringLiteral("translations.no.name"))->left, QString());
        QCOMPARE(row(rows, QStringLiteral("translations.no.name"))->right,
                 QStringLiteral("Lekleder"));
        // Swapping sides swaps the texts and flags the same rows.
        QCOMPARE(AchievementDiff::changedPaths(after, base()),
                 AchievementDiff::changedPaths(base(), after));
        QCOMPARE(row(AchievementDiff::changes(after, base()), QStringLiteral("status"))->left,
                 QStringLiteral("Archived"));
    }

    void unknownParamsOnEitherSide()
    {
        AchievementDefinition after = base();
        after.unlockCriteria.params[QStringLiteral("campaign")] = QStringLiteral("summer-2026");
        after.unlockCriteria.params[QStringLiteral("hours")] = QJsonArray{0, 4};
        const QList<AchievementDiffRow> rows = AchievementDiff::changes(base(), after);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).path, QStringLiteral("unlock_criteria.params.campaign"));
        QCOMPARE(rows.at(0).right, QStringLiteral("summer-2026"));
        QCOMPARE(rows.at(1).right, QStringLiteral("[0,4]"));
        QCOMPARE(rows.at(0).label, QStringLiteral("Unlock parameter campaign"));
    }

    void badgeAsIndentedJson()
    {
        AchievementDefinition after = base();
        after.iconConfig[QStringLiteral("fill")] = QStringLiteral("#FF0000");
        const QList<AchievementDiffRow> rows = AchievementDiff::changes(base(), after);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().path, QStringLiteral("icon_config"));
        QVERIFY(rows.first().left.contains(QLatin1Char('\n'))); // pretty, one key a line
        QVERIFY(rows.first().left.contains(QLatin1String("\"fill\": \"#2196F3\"")));
        QVERIFY(rows.first().right.contains(QLatin1String("\"fill\": \"#FF0000\"")));
        AchievementDefinition none = base();
        none.iconConfig = {};
        QCOMPARE(row(AchievementDiff::changes(base(), none), QStringLiteral("icon_config"))->right,
                 QString());
    }

    void easterEggAndScope()
    {
        AchievementDefinition after = base();
        after.easterEgg = true;
        after.scope = QStringLiteral("tenant");
        after.tenantId = QUuid::fromString(QLatin1String("a0000000-0000-4000-8000-00000000000a"));
        const QList<AchievementDiffRow> rows = AchievementDiff::changes(base(), after);
        QCOMPARE(row(rows, QStringLiteral("is_easter_egg"))->right, QStringLiteral("Yes"));
        QCOMPARE(row(rows, QStringLiteral("scope"))->left, QStringLiteral("Global"));
        QCOMPARE(row(rows, QStringLiteral("tenant_id"))->right,
                 QStringLiteral("a0000000-0000-4000-8000-00000000000a"));
    }

    void reapplyKeepsBothSidesChanges()
    {
        // I changed the English name and the threshold; someone else meanwhile changed the
        // Swedish hint, the colour and the threshold too (mine wins on the field I touched).
        AchievementDefinition mine = base();
        mine.translations[QStringLiteral("en")].name = QStringLiteral("Game leader on the move");
        mine.unlockCriteria.params[QStringLiteral("threshold")] = 12;
        mine.unlockCriteria.params.remove(QStringLiteral("metric"));
        AchievementDefinition latest = base();
        latest.translations[QStringLiteral("sv")].hintText = QStringLiteral("Ny ledtråd");
        latest.badgeColor = QStringLiteral("#000000");
        latest.unlockCriteria.params[QStringLiteral("threshold")] = 15;
        latest.unlockCriteria.params[QStringLiteral("campaign")] = QStringLiteral("x");

        const AchievementDefinition merged = AchievementDiff::reapply(base(), mine, latest);
        QCOMPARE(merged.translations.value(QStringLiteral("en")).name,
                 QStringLiteral("Game leader on the move"));
        QCOMPARE(merged.translations.value(QStringLiteral("sv")).hintText,
                 QStringLiteral("Ny ledtråd"));
        QCOMPARE(merged.badgeColor, QStringLiteral("#000000"));
        QCOMPARE(merged.unlockCriteria.params.value(QStringLiteral("threshold")).toInt(), 12);
        QVERIFY(!merged.unlockCriteria.params.contains(QStringLiteral("metric")));
        QCOMPARE(merged.unlockCriteria.params.value(QStringLiteral("campaign")).toString(),
                 QStringLiteral("x"));
        // Nothing changed by me: the latest stays as it is.
        QCOMPARE(AchievementDiff::reapply(base(), base(), latest), latest);

        // Turning it into an easter egg clears hints that arrived meanwhile.
        AchievementDefinition egg = base();
        egg.easterEgg = true;
        egg.translations[QStringLiteral("sv")].hintText.clear();
        const AchievementDefinition eggMerged = AchievementDiff::reapply(base(), egg, latest);
        QVERIFY(eggMerged.easterEgg);
        QVERIFY(eggMerged.translations.value(QStringLiteral("sv")).hintText.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAchievementDiff)
#include "tst_achievement_diff.moc"
