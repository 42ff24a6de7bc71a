#include "PgAchievementQueries.h"

#include "PgAwardHistoryQueries.h"
#include "PgErrorMapper.h"
#include "PgQueries.h"
#include "PgValues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <stdexcept>

namespace dicedesk::pg {

namespace {

using keyset::Params;

std::string uuidText(const QUuid &id)
{
    return id.isNull() ? std::string() : id.toString(QUuid::WithoutBraces).toStdString();
}

std::string jsonText(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString();
}

QJsonObject jsonObject(const pqxx::field &field)
{
    if (field.is_null())
        return {};
    return QJsonDocument::fromJson(QByteArray(field.c_str())).object();
}

QStringList jsonStrings(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

QList<QUuid> jsonUuids(const QJsonValue &value)
{
    QList<QUuid> list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(QUuid::fromString(item.isObject()
                                          ? item.toObject().value(QLatin1String("id")).toString()
                                          : item.toString()));
    return list;
}

/// Refuses text the database cannot store (PostgreSQL text has no NUL character).
void refuseNul(const QString &text, const char *what)
{
    if (text.contains(QChar(0)))
        throw std::invalid_argument(std::string(what) + " contains a NUL character");
}

/// The DETAIL line of a server message, empty if there is none.
QByteArray detailOf(const char *message)
{
    const QByteArray text(message);
    const qsizetype at = text.indexOf("\nDETAIL:");
    if (at < 0)
        return {};
    QByteArray detail = text.mid(at + 8);
    const qsizetype end = detail.indexOf('\n');
    if (end >= 0)
        detail.truncate(end);
    return detail.trimmed();
}

/// A field-by-field refusal (22xxx or 54000 with the problem list in DETAIL) as a validation
/// error carrying every problem; anything else is rethrown as it is.
[[noreturn]] void rethrowWithProblems(const pqxx::sql_error &e)
{
    const std::string &state = e.sqlstate();
    if (state.rfind("22", 0) == 0 || state == "54000") {
        const QStringList lines = problemLines(detailOf(e.what()));
        if (!lines.isEmpty())
            throw std::invalid_argument(lines.join(QLatin1Char('\n')).toStdString());
    }
    // Too large (a document, a badge) is a problem of the input, not of the console.
    if (state == "54000")
        throw std::invalid_argument(firstLine(e.what()).toStdString());
    throw;
}

AchievementSummary summaryFrom(const pqxx::row &row)
{
    AchievementSummary s;
    s.id = uuidValue(row[0]);
    s.key = textValue(row[1]);
    s.name = textValue(row[2]);
    s.scope = textValue(row[3]);
    s.tenantId = uuidValue(row[4]);
    s.tenantName = textValue(row[5]);
    s.status = textValue(row[6]);
    s.conditionType = textValue(row[7]);
    s.conditionValue = row[8].is_null() ? -1 : row[8].as<qint64>();
    s.unlockType = textValue(row[9]);
    s.easterEgg = row[10].as<bool>();
    s.badgeColor = textValue(row[11]);
    s.iconConfig = jsonObject(row[12]);
    const QString missing = textValue(row[13]);
    if (missing.size() > 2)
        s.missingLocales = missing.mid(1, missing.size() - 2).split(QLatin1Char(','));
    s.holderCount = row[14].is_null() ? -1 : row[14].as<qint64>();
    s.version = row[15].as<int>();
    s.updatedAt = timestampValue(row[16]);
    return s;
}

const char *sortName(AchievementFilter::Sort sort)
{
    switch (sort) {
    case AchievementFilter::Sort::Key:
        return "key";
    case AchievementFilter::Sort::Updated:
        return "updated";
    case AchievementFilter::Sort::Name:
        break;
    }
    return "name";
}

/// The planner's estimate of the definitions the filter matches (under row-level security).
qint64 estimateAchievements(pqxx::transaction_base &tx, const AchievementFilter &filter)
{
    Params params;
    std::string where = "WHERE (";
    if (filter.scopeKind != QLatin1String("global"))
        where += filter.scope.allTenants
                     ? std::string("a.tenant_id IS NOT NULL")
                     : "a.tenant_id = ANY (" +
                           params.add(uuidArrayLiteral(filter.scope.tenantIds)) + "::uuid[])";
    else
        where += "false";
    if (filter.includeGlobal && filter.scopeKind != QLatin1String("tenant"))
        where += " OR a.tenant_id IS NULL";
    where += ")";
    if (!filter.status.isEmpty())
        where += " AND a.status::text = " + params.add(filter.status.toStdString());
    if (!filter.conditionType.isEmpty())
        where += " AND a.condition_type = " + params.add(filter.conditionType.toStdString());
    const QString search = filter.search.trimmed().toLower();
    if (!search.isEmpty()) {
        QString pattern = search;
        pattern.replace(QLatin1String("\\"), QLatin1String("\\\\"))
            .replace(QLatin1String("%"), QLatin1String("\\%"))
            .replace(QLatin1String("_"), QLatin1String("\\_"));
        const std::string p = params.add(("%" + pattern + "%").toStdString());
        where += " AND (lower(a.name) LIKE " + p + " OR coalesce(a.achievement_key, '') LIKE " + p +
                 " OR EXISTS (SELECT 1 FROM public.achievement_translations tr WHERE "
                 "tr.achievement_id = a.id AND lower(tr.name) LIKE " +
                 p + "))";
    }
    return keyset::estimateRows(tx, "FROM public.achievements a " + where, params);
}

} // namespace

QStringList problemLines(const QByteArray &detail)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(detail, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return {};
    QStringList lines;
    const QJsonArray problems = doc.array();
    for (const QJsonValue &value : problems) {
        const QJsonObject problem = value.toObject();
        lines.append(problem.value(QLatin1String("path")).toString() + QStringLiteral(": ") +
                     problem.value(QLatin1String("message")).toString());
    }
    return lines;
}

Page<AchievementSummary> queryAchievementPage(PgSession &session, const AchievementFilter &filter,
                                              const KeysetCursor &after, int limit)
{
    limit = std::clamp(limit, 1, 1000);
    refuseNul(filter.search, "the search text");
    refuseNul(filter.conditionType, "the condition type");
    refuseNul(after.at, "the cursor");
    pqxx::read_transaction tx(session.connection());
    session.prepare(tx);
    Page<AchievementSummary> page;
    if (after.isNull())
        page.estimatedTotal = estimateAchievements(tx, filter);
    const std::string tenants =
        filter.scope.allTenants ? std::string() : uuidArrayLiteral(filter.scope.tenantIds);
    const pqxx::result rows = tx.exec_params(
        "SELECT id, achievement_key, name, scope, tenant_id, tenant_name, status, condition_type, "
        "condition_value, unlock_type, is_easter_egg, badge_color, icon_config, missing_locales, "
        "holder_count, version, updated_at, sort_value "
        "FROM public.dicedesk_achievement_page_v1(nullif($1, '')::uuid[], $2::boolean, "
        "nullif($3, ''), nullif($4, ''), nullif($5, ''), nullif($6, ''), $7, nullif($8, ''), "
        "nullif($9, '')::uuid, $10::int)",
        tenants, filter.includeGlobal, filter.scopeKind.toStdString(), filter.status.toStdString(),
        filter.conditionType.toStdString(), filter.search.toStdString(),
        std::string(sortName(filter.sort)), after.isNull() ? std::string() : after.at.toStdString(),
        uuidText(after.id), limit);
    page.rows.reserve(static_cast<qsizetype>(rows.size()));
    for (const auto &row : rows)
        page.rows.append(summaryFrom(row));
    page.atEnd = page.rows.size() < limit;
    if (!page.atEnd) {
        const auto last = rows[static_cast<int>(rows.size()) - 1];
        page.next = KeysetCursor{textValue(last[17]), uuidValue(last[0])};
    }
    return page;
}

AchievementRecord queryAchievement(PgSession &session, const QUuid &id)
{
    pqxx::read_transaction tx(session.connection());
    session.prepare(tx);
    const pqxx::row row = tx.exec_params1(
        "SELECT id, version, definition, tenant_name, created_at, updated_at, updated_by_name "
        "FROM public.dicedesk_achievement_v1($1::uuid)",
        uuidText(id));
    AchievementRecord record;
    record.id = uuidValue(row[0]);
    record.version = row[1].as<int>();
    record.definition = AchievementDefinition::fromJson(jsonObject(row[2]));
    record.tenantName = textValue(row[3]);
    record.createdAt = timestampValue(row[4]);
    record.updatedAt = timestampValue(row[5]);
    record.updatedByName = textValue(row[6]);
    return record;
}

AchievementSaveOutcome callSaveAchievement(PgSession &session, const AchievementSaveDraft &draft)
{
    QJsonObject json = draft.definition.toJson();
    if (!draft.id.isNull())
        json.insert(QStringLiteral("id"), draft.id.toString(QUuid::WithoutBraces));
    const std::string document = jsonText(json);
    if (document.find("\\u0000") != std::string::npos)
        throw std::invalid_argument("the definition contains a NUL character");
    refuseNul(draft.reason, "the reason");
    try {
        pqxx::work tx(session.connection());
        session.prepare(tx);
        const pqxx::row row = tx.exec_params1(
            "SELECT public.dicedesk_save_achievement_v1($1::jsonb, nullif($2, ''), "
            "nullif($3, '')::int)",
            document, draft.reason.toStdString(),
            draft.id.isNull() ? std::string() : std::to_string(draft.expectedVersion));
        tx.commit();
        const QJsonObject result = jsonObject(row[0]);
        AchievementSaveOutcome outcome;
        outcome.id = QUuid::fromString(result.value(QLatin1String("id")).toString());
        outcome.version = result.value(QLatin1String("version")).toInt();
        outcome.created = result.value(QLatin1String("created")).toBool();
        outcome.changed = result.value(QLatin1String("changed")).toBool();
        return outcome;
    } catch (const pqxx::sql_error &e) {
        rethrowWithProblems(e);
    }
}

AchievementStatusOutcome callSetAchievementStatus(PgSession &session, const QList<QUuid> &ids,
                                                  const QString &status, const QString &reason)
{
    refuseNul(reason, "the reason");
    refuseNul(status, "the status");
    pqxx::work tx(session.connection());
    session.prepare(tx);
    const pqxx::row row =
        tx.exec_params1("SELECT public.dicedesk_set_achievement_status_v1($1::uuid[], $2, $3)",
                        uuidArrayLiteral(ids), status.toStdString(), reason.toStdString());
    tx.commit();
    const QJsonObject result = jsonObject(row[0]);
    AchievementStatusOutcome outcome;
    outcome.changed = jsonUuids(result.value(QLatin1String("changed")));
    outcome.unchanged = jsonUuids(result.value(QLatin1String("unchanged")));
    return outcome;
}

QList<AchievementVersion> queryAchievementVersions(PgSession &session, const QUuid &id)
{
    pqxx::read_transaction tx(session.connection());
    session.prepare(tx);
    const pqxx::result rows =
        tx.exec_params("SELECT version, definition, changed_by, changed_by_name, change_reason, "
                       "created_at FROM public.dicedesk_achievement_versions_v1($1::uuid)",
                       uuidText(id));
    QList<AchievementVersion> versions;
    versions.reserve(static_cast<qsizetype>(rows.size()));
    for (const auto &row : rows) {
        AchievementVersion version;
        version.version = row[0].as<int>();
        version.definition = AchievementDefinition::fromJson(jsonObject(row[1]));
        version.changedBy = uuidValue(row[2]);
        version.changedByName = textValue(row[3]);
        version.reason = textValue(row[4]);
        version.createdAt = timestampValue(row[5]);
        versions.append(std::move(version));
    }
    return versions;
}

qint64 queryAchievementHolderCount(PgSession &session, const QUuid &id)
{
    pqxx::read_transaction tx(session.connection());
    session.prepare(tx);
    return tx
        .exec_params1("SELECT public.dicedesk_achievement_holder_count_v1($1::uuid)",
                      uuidText(id))[0]
        .as<qint64>();
}

QJsonObject callExportAchievements(PgSession &session, const QUuid &scopeTenantId,
                                   const QList<QUuid> &ids)
{
    pqxx::read_transaction tx(session.connection());
    session.prepare(tx);
    const pqxx::row row = tx.exec_params1(
        "SELECT public.dicedesk_export_achievements_v1(nullif($1, '')::uuid, "
        "nullif($2, '')::uuid[])",
        uuidText(scopeTenantId), ids.isEmpty() ? std::string() : uuidArrayLiteral(ids));
    return jsonObject(row[0]);
}

AchievementImportReport callImportAchievements(PgSession &session, const QJsonObject &document,
                                               const QString &reason, bool dryRun)
{
    const std::string text = jsonText(document);
    if (static_cast<qsizetype>(text.size()) > kMaxImportBytes) {
        //: %1 is the size of the document in megabytes, e.g. 10.0
        throw std::invalid_argument(
            QCoreApplication::translate("PgAchievementQueries",
                                        "The document is %1 MB; an import may be at most 5 MB")
                .arg(static_cast<double>(text.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                .toStdString());
    }
    if (text.find("\\u0000") != std::string::npos)
        throw std::invalid_argument(
            QCoreApplication::translate(
                "PgAchievementQueries",
                "The document contains a NUL character (\\u0000), which cannot be stored")
                .toStdString());
    refuseNul(reason, "the reason");
    QJsonObject result;
    try {
        pqxx::work tx(session.connection());
        session.prepare(tx);
        const pqxx::row row = tx.exec_params1(
            "SELECT public.dicedesk_import_achievements_v1($1::jsonb, nullif($2, ''), $3::boolean)",
            text, reason.toStdString(), dryRun);
        tx.commit();
        result = jsonObject(row[0]);
    } catch (const pqxx::sql_error &e) {
        rethrowWithProblems(e);
    }
    AchievementImportReport report;
    report.valid = result.value(QLatin1String("valid")).toBool();
    report.dryRun = result.value(QLatin1String("dry_run")).toBool(dryRun);
    const QJsonArray errors = result.value(QLatin1String("errors")).toArray();
    for (const QJsonValue &value : errors) {
        const QJsonObject problem = value.toObject();
        report.errors.append(FieldProblem{problem.value(QLatin1String("path")).toString(),
                                          problem.value(QLatin1String("code")).toString(),
                                          problem.value(QLatin1String("message")).toString()});
    }
    report.created = jsonStrings(result.value(QLatin1String("created")));
    report.updated = jsonStrings(result.value(QLatin1String("updated")));
    report.unchanged = jsonStrings(result.value(QLatin1String("unchanged")));
    report.exportId = QUuid::fromString(result.value(QLatin1String("export_id")).toString());
    return report;
}

namespace {

BadgePreset presetFrom(const pqxx::row &row)
{
    BadgePreset preset;
    preset.id = uuidValue(row[0]);
    preset.tenantId = uuidValue(row[1]);
    preset.name = textValue(row[2]);
    preset.config = jsonObject(row[3]);
    preset.createdByName = textValue(row[4]);
    preset.createdAt = timestampValue(row[5]);
    return preset;
}

} // namespace

QList<BadgePreset> queryBadgePresets(PgSession &session, const QUuid &tenantId)
{
    pqxx::read_transaction tx(session.connection());
    session.prepare(tx);
    const pqxx::result rows =
        tx.exec_params("SELECT id, tenant_id, name, config, created_by_name, created_at "
                       "FROM public.dicedesk_badge_presets_v1(nullif($1, '')::uuid)",
                       uuidText(tenantId));
    QList<BadgePreset> presets;
    presets.reserve(static_cast<qsizetype>(rows.size()));
    for (const auto &row : rows)
        presets.append(presetFrom(row));
    return presets;
}

BadgePreset callSaveBadgePreset(PgSession &session, const BadgePreset &preset)
{
    refuseNul(preset.name, "the name");
    const std::string config = jsonText(preset.config);
    if (config.find("\\u0000") != std::string::npos)
        throw std::invalid_argument("the badge contains a NUL character");
    try {
        pqxx::work tx(session.connection());
        session.prepare(tx);
        const pqxx::row row = tx.exec_params1(
            "SELECT id, tenant_id, name, config, created_by_name, created_at "
            "FROM public.dicedesk_save_badge_preset_v1(nullif($1, '')::uuid, $2, $3::jsonb, "
            "nullif($4, '')::uuid)",
            uuidText(preset.tenantId), preset.name.toStdString(), config, uuidText(preset.id));
        tx.commit();
        return presetFrom(row);
    } catch (const pqxx::sql_error &e) {
        rethrowWithProblems(e);
    }
}

bool callDeleteBadgePreset(PgSession &session, const QUuid &id)
{
    pqxx::work tx(session.connection());
    session.prepare(tx);
    const bool deleted =
        tx.exec_params1("SELECT public.dicedesk_delete_badge_preset_v1($1::uuid)", uuidText(id))[0]
            .as<bool>();
    tx.commit();
    return deleted;
}

} // namespace dicedesk::pg
