// The console's own validation of an achievement definition (no database): every rule of
// dicedesk_achievement_problems() the editor mirrors, the unlock criteria parameters, easter
// eggs without hints, status transitions, missing locales, who may design which scope, and
// how the server's problems map onto field paths.
#include "achievements/AchievementValidation.h"

#include <QTest>

using namespace dicedesk;
namespace V = dicedesk::AchievementValidation;

namespace {

AchievementDefinition valid()
{
    AchievementDefinition d;
    d.key = QStringLiteral("first-session");
    d.name = QStringLiteral("Första leken");
    d.description = QStringLiteral("Led din första lekstund.");
    d.hintText = QStringLiteral("Starta en lekstund.");
    d.conditionType = QStringLiteral("session_count");
    d.conditionValue = 1;
    d.unlockCriteria.type = QStringLiteral("event");
    d.unlockCriteria.params = QJsonObject{{QStringLiteral("event_type"), QStringLiteral("x")},
                                          {QStringLiteral("count"), 1}};
    d.badgeColor = QStringLiteral("#4CAF50");
    d.scope = QStringLiteral("global");
    d.status = QStringLiteral("draft");
    d.translations.insert(QStringLiteral("sv"),
                          {d.name, d.description, d.hintText, QStringLiteral("En gång")});
    d.translations.insert(QStringLiteral("en"), {QStringLiteral("First game"), {}, {}, {}});
    d.translations.insert(QStringLiteral("no"), {QStringLiteral("Første lek"), {}, {}, {}});
    return d;
}

QStringList paths(const QList<FieldProblem> &problems)
{
    QStringList out;
    for (const FieldProblem &p : problems)
        out.append(p.path);
    return out;
}

} // namespace

class TestAchievementValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validDefinitionHasNoProblems()
    {
        QCOMPARE(paths(V::problems(valid())), QStringList());
        QCOMPARE(paths(V::problems(valid(), QStringLiteral("draft"))), QStringList());
    }

    void key_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("one char") << QStringLiteral("a") << false;
        QTest::newRow("two chars") << QStringLiteral("a1") << true;
        QTest::newRow("upper case") << QStringLiteral("First") << false;
        QTest::newRow("space") << QStringLiteral("first session") << false;
        QTest::newRow("leading dash") << QStringLiteral("-first") << false;
        QTest::newRow("leading digit") << QStringLiteral("7days") << true;
        QTest::newRow("dots and dashes") << QStringLiteral("a.b_c-d") << true;
        QTest::newRow("64 chars") << QString(64, QLatin1Char('k')) << true;
        QTest::newRow("65 chars") << QString(65, QLatin1Char('k')) << false;
        QTest::newRow("umlaut") << QStringLiteral("första") << false;
    }
    void key()
    {
        QFETCH(QString, key);
        QFETCH(bool, ok);
        AchievementDefinition d = valid();
        d.key = key;
        QCOMPARE(paths(V::problems(d)).contains(QStringLiteral("achievement_key")), !ok);
    }

    void textLengths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("max");
        QTest::addColumn<bool>("required");
        QTest::newRow("name") << QStringLiteral("name") << 200 << true;
        QTest::newRow("description") << QStringLiteral("description") << 2000 << false;
        QTest::newRow("hint") << QStringLiteral("hint_text") << 500 << false;
        QTest::newRow("condition type") << QStringLiteral("condition_type") << 64 << true;
        QTest::newRow("en name") << QStringLiteral("translations.en.name") << 200 << true;
        QTest::newRow("en description")
            << QStringLiteral("translations.en.description") << 2000 << false;
        QTest::newRow("no hint") << QStringLiteral("translations.no.hint_text") << 500 << false;
        QTest::newRow("sv criteria")
            << QStringLiteral("translations.sv.criteria_text") << 1000 << false;
    }
    void textLengths()
    {
        QFETCH(QString, path);
        QFETCH(int, max);
        QFETCH(bool, required);
        const auto withText = [&](const QString &text) {
            AchievementDefinition d = valid();
            const QStringList parts = path.split(QLatin1Char('.'));
            if (parts.first() == QLatin1String("translations")) {
                AchievementTexts &t = d.translations[parts.at(1)];
                const QString field = parts.at(2);
                if (field == QLatin1String("name"))
                    t.name = text;
                else if (field == QLatin1String("description"))
                    t.description = text;
                else if (field == QLatin1String("hint_text"))
                    t.hintText = text;
                else
                    t.criteriaText = text;
            } else if (path == QLatin1String("name")) {
                d.name = text;
            } else if (path == QLatin1String("description")) {
                d.description = text;
            } else if (path == QLatin1String("hint_text")) {
                d.hintText = text;
            } else {
                d.conditionType = text;
            }
            return paths(V::problems(d)).contains(path);
        };
        QVERIFY(!withText(QString(max, QLatin1Char('x'))));
        QVERIFY(withText(QString(max + 1, QLatin1Char('x'))));
        // Characters, as PostgreSQL counts them: an emoji is one character, two UTF-16 units.
        QString emoji;
        for (int i = 0; i < max; ++i)
            emoji += QString::fromUcs4(U"\U0001F3B2");
        QVERIFY(!withText(emoji));
        QCOMPARE(withText(QString()), required);
        QCOMPARE(withText(QStringLiteral("   ")), required);
    }

    void conditionValue()
    {
        AchievementDefinition d = valid();
        d.conditionValue = -1; // null
        QVERIFY(!paths(V::problems(d)).contains(QStringLiteral("condition_value")));
        d.conditionValue = 0;
        QVERIFY(!paths(V::problems(d)).contains(QStringLiteral("condition_value")));
        d.conditionValue = 2147483648LL;
        QVERIFY(paths(V::problems(d)).contains(QStringLiteral("condition_value")));
    }

    void badgeColour()
    {
        AchievementDefinition d = valid();
        d.badgeColor.clear();
        QVERIFY(V::problems(d).isEmpty());
        d.badgeColor = QStringLiteral("#12345");
        QCOMPARE(paths(V::problems(d)), QStringList{QStringLiteral("badge_color")});
        d.badgeColor = QStringLiteral("red");
        QCOMPARE(paths(V::problems(d)), QStringList{QStringLiteral("badge_color")});
    }

    void unlockCriteria()
    {
        AchievementDefinition d = valid();
        d.unlockCriteria.type = QStringLiteral("sometimes");
        QCOMPARE(paths(V::problems(d)), QStringList{QStringLiteral("unlock_criteria.type")});

        d.unlockCriteria = {QStringLiteral("event"), {}};
        QCOMPARE(paths(V::problems(d)),
                 (QStringList{QStringLiteral("unlock_criteria.params.event_type"),
                              QStringLiteral("unlock_criteria.params.count")}));
        d.unlockCriteria.params = {{QStringLiteral("event_type"), QStringLiteral("plan_created")},
                                   {QStringLiteral("count"), 0}};
        QCOMPARE(paths(V::problems(d)),
                 QStringList{QStringLiteral("unlock_criteria.params.count")});
        d.unlockCriteria.params[QStringLiteral("count")] = 1.5;
        QCOMPARE(paths(V::problems(d)),
                 QStringList{QStringLiteral("unlock_criteria.params.count")});
        d.unlockCriteria.params[QStringLiteral("count")] = QStringLiteral("3");
        QCOMPARE(paths(V::problems(d)),
                 QStringList{QStringLiteral("unlock_criteria.params.count")});
        d.unlockCriteria.params[QStringLiteral("count")] = 3;
        d.unlockCriteria.params[QStringLiteral("campaign")] = QStringLiteral("summer"); // kept
        QVERIFY(V::problems(d).isEmpty());

        d.unlockCriteria = {
            QStringLiteral("milestone"),
            {{QStringLiteral("metric"), QStringLiteral(" ")}, {QStringLiteral("threshold"), 0}}};
        QCOMPARE(paths(V::problems(d)),
                 (QStringList{QStringLiteral("unlock_criteria.params.metric"),
                              QStringLiteral("unlock_criteria.params.threshold")}));
        d.unlockCriteria.params = {{QStringLiteral("metric"), QStringLiteral("best_score")},
                                   {QStringLiteral("threshold"), 1000}};
        QVERIFY(V::problems(d).isEmpty());

        d.unlockCriteria = {QStringLiteral("manual"), {{QStringLiteral("anything"), 1}}};
        QVERIFY(V::problems(d).isEmpty());
    }

    void easterEggHasNoHint()
    {
        AchievementDefinition d = valid();
        d.easterEgg = true;
        QCOMPARE(paths(V::problems(d)), (QStringList{QStringLiteral("hint_text"),
                                                     QStringLiteral("translations.sv.hint_text")}));
        d.hintText.clear();
        d.translations[QStringLiteral("sv")].hintText.clear();
        d.translations[QStringLiteral("no")].hintText = QStringLiteral("Psst");
        QCOMPARE(paths(V::problems(d)), QStringList{QStringLiteral("translations.no.hint_text")});
        d.translations[QStringLiteral("no")].hintText = QStringLiteral("  "); // blank is none
        QVERIFY(V::problems(d).isEmpty());
        d.easterEgg = false;
        d.hintText = QStringLiteral("Now a hint is fine");
        QVERIFY(V::problems(d).isEmpty());
    }

    void scopeAndTenant()
    {
        AchievementDefinition d = valid();
        d.tenantId = QUuid::createUuid();
        QCOMPARE(paths(V::problems(d)), QStringList{QStringLiteral("tenant_id")});
        d.scope = QStringLiteral("tenant");
        QVERIFY(V::problems(d).isEmpty());
        d.tenantId = QUuid();
        QCOMPARE(paths(V::problems(d)), QStringList{QStringLiteral("tenant_id")});
        d.scope = QStringLiteral("planet");
        QCOMPARE(paths(V::problems(d)), QStringList{QStringLiteral("scope")});
    }

    void translations()
    {
        AchievementDefinition d = valid();
        d.translations.insert(QStringLiteral("de"), {QStringLiteral("Erstes Spiel"), {}, {}, {}});
        QCOMPARE(paths(V::problems(d)), QStringList{QStringLiteral("translations.de")});
        d.translations.remove(QStringLiteral("de"));
        d.translations[QStringLiteral("en")] = {{}, QStringLiteral("Only a description"), {}, {}};
        QCOMPARE(paths(V::problems(d)), QStringList{QStringLiteral("translations.en.name")});
    }

    void missingLocales()
    {
        AchievementDefinition d = valid();
        QCOMPARE(V::missingLocales(d), QStringList());
        d.translations.remove(QStringLiteral("en"));
        QCOMPARE(V::missingLocales(d), QStringList{QStringLiteral("en")});
        d.translations[QStringLiteral("no")] = {};
        QCOMPARE(V::missingLocales(d), (QStringList{QStringLiteral("en"), QStringLiteral("no")}));
        d.translations.clear();
        QCOMPARE(V::missingLocales(d), achievementLocales());
        // Missing translations are flagged, never refused.
        QVERIFY(V::problems(d).isEmpty());
    }

    void transitions_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("ok");
        QTest::newRow("new draft") << QString() << QStringLiteral("draft") << true;
        QTest::newRow("new active") << QString() << QStringLiteral("active") << true;
        QTest::newRow("new archived") << QString() << QStringLiteral("archived") << false;
        QTest::newRow("draft->draft") << QStringLiteral("draft") << QStringLiteral("draft") << true;
        QTest::newRow("draft->active")
            << QStringLiteral("draft") << QStringLiteral("active") << true;
        QTest::newRow("draft->archived")
            << QStringLiteral("draft") << QStringLiteral("archived") << false;
        QTest::newRow("active->archived")
            << QStringLiteral("active") << QStringLiteral("archived") << true;
        QTest::newRow("active->draft")
            << QStringLiteral("active") << QStringLiteral("draft") << false;
        QTest::newRow("archived->active")
            << QStringLiteral("archived") << QStringLiteral("active") << true;
        QTest::newRow("archived->draft")
            << QStringLiteral("archived") << QStringLiteral("draft") << false;
    }
    void transitions()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, ok);
        QCOMPARE(V::transitionAllowed(from, to), ok);
        QCOMPARE(V::allowedStatuses(from).contains(to), ok);
        AchievementDefinition d = valid();
        d.status = to;
        QCOMPARE(paths(V::problems(d, from)).contains(QStringLiteral("status")), !ok);
    }

    void allowedStatuses()
    {
        QCOMPARE(V::allowedStatuses({}),
                 (QStringList{QStringLiteral("draft"), QStringLiteral("active")}));
        QCOMPARE(V::allowedStatuses(QStringLiteral("active")),
                 (QStringList{QStringLiteral("active"), QStringLiteral("archived")}));
        QCOMPARE(V::allowedStatuses(QStringLiteral("archived")),
                 (QStringList{QStringLiteral("active"), QStringLiteral("archived")}));
    }

    void mayDesign()
    {
        const QUuid tenant1 = QUuid::createUuid();
        const QUuid tenant2 = QUuid::createUuid();
        Identity sysadmin;
        sysadmin.systemAdmin = true;
        Identity tenantAdmin;
        tenantAdmin.adminOf = {tenant1};
        Identity designer;
        designer.editorOf = {tenant1};
        Identity member;

        QVERIFY(V::mayDesign(sysadmin, {}));
        QVERIFY(V::mayDesign(sysadmin, tenant1));
        QVERIFY(V::mayDesign(sysadmin, tenant2));
        QVERIFY(!V::mayDesign(tenantAdmin, {}));
        QVERIFY(V::mayDesign(tenantAdmin, tenant1));
        QVERIFY(!V::mayDesign(tenantAdmin, tenant2));
        QVERIFY(!V::mayDesign(designer, {}));
        QVERIFY(V::mayDesign(designer, tenant1));
        QVERIFY(!V::mayDesign(designer, tenant2));
        QVERIFY(!V::mayDesign(member, {}));
        QVERIFY(!V::mayDesign(member, tenant1));
    }

    void serverProblems()
    {
        // The database's list as JSON (the DETAIL of 22023).
        const BackendError json(BackendError::Kind::Validation,
                                QStringLiteral(R"([{"path": "translations.en.name", "code": )"
                                               R"("22023", "message": "is required"},)"
                                               R"({"path": "achievement_key", "code": "22023",)"
                                               R"( "message": "must be 2 to 64 characters"}])"),
                                QStringLiteral("22023"));
        const QList<FieldProblem> fromJson = V::problemsFromServer(json);
        QCOMPARE(paths(fromJson), (QStringList{QStringLiteral("translations.en.name"),
                                               QStringLiteral("achievement_key")}));
        QCOMPARE(fromJson.first().message, QStringLiteral("is required"));

        // One problem per line, with the summary's "(and n more problems)".
        const BackendError lines(BackendError::Kind::Validation,
                                 QStringLiteral("hint_text: an easter egg has no hint: must be "
                                                "null (and 1 more problems)\n"
                                                "translations.sv.hint_text: an easter egg has "
                                                "no hint: must be null"),
                                 QStringLiteral("22023"));
        const QList<FieldProblem> fromLines = V::problemsFromServer(lines);
        QCOMPARE(paths(fromLines), (QStringList{QStringLiteral("hint_text"),
                                                QStringLiteral("translations.sv.hint_text")}));
        QCOMPARE(fromLines.first().message,
                 QStringLiteral("an easter egg has no hint: must be null"));

        // The save function's single messages.
        QCOMPARE(paths(V::problemsFromServer(
                     {BackendError::Kind::Validation,
                      QStringLiteral("achievement_key first-session is already used in this "
                                     "scope"),
                      QStringLiteral("22023")})),
                 QStringList{QStringLiteral("achievement_key")});
        QCOMPARE(paths(V::problemsFromServer(
                     {BackendError::Kind::Validation,
                      QStringLiteral("status cannot change from active to draft"),
                      QStringLiteral("22023")})),
                 QStringList{QStringLiteral("status")});
        // What has no field keeps an empty path (shown in the summary).
        const QList<FieldProblem> general = V::problemsFromServer(
            {BackendError::Kind::Validation,
             QStringLiteral("p_change_reason is required when changing an achievement"),
             QStringLiteral("22023")});
        QCOMPARE(paths(general), QStringList{QString()});
        QVERIFY(V::problemsFromServer({}).isEmpty());
    }

    void labels()
    {
        QCOMPARE(V::fieldLabel(QStringLiteral("translations.en.name")),
                 QStringLiteral("Name (English)"));
        QCOMPARE(V::fieldLabel(QStringLiteral("unlock_criteria.params.count")),
                 QStringLiteral("Event count"));
        QCOMPARE(V::fieldLabel(QStringLiteral("unlock_criteria.params.campaign")),
                 QStringLiteral("Unlock parameter campaign"));
        QCOMPARE(V::fieldLabel(QStringLiteral("achievement_key")), QStringLiteral("Key"));
    }
};

QTEST_GUILESS_MAIN(TestAchievementValidation)
#include "tst_achievement_validation.moc"
