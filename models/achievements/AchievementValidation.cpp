#include "AchievementValidation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace dicedesk::AchievementValidation {

namespace {

constexpr qint64 kMaxInt = 2147483647;

QString tr(const char *text)
{
    return QCoreApplication::translate("AchievementValidation", text);
}

/// A status as the user reads it (the stored value is the English keyword).
QString statusName(const QString &status)
{
    if (status == QLatin1String("draft"))
        //: An achievement's status
        return tr("draft");
    if (status == QLatin1String("active"))
        //: An achievement's status
        return tr("active");
    if (status == QLatin1String("archived"))
        //: An achievement's status
        return tr("archived");
    return status;
}

/// Characters as PostgreSQL's length() counts them (code points, not UTF-16 units).
qsizetype characters(const QString &text)
{
    qsizetype n = 0;
    for (auto it = text.cbegin(); it != text.cend(); ++it) {
        if (!it->isLowSurrogate())
            ++n;
    }
    return n;
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

FieldProblem problem(const QString &path, const QString &message, const char *code = "22023")
{
    return FieldProblem{path, QLatin1String(code), message};
}

/// A text of at most @p max characters; @p required ones must not be blank.
void checkText(QList<FieldProblem> &out, const QString &path, const QString &value, bool required,
               qsizetype max)
{
    if (required && isBlank(value)) {
        out.append(problem(path, tr("is required")));
        return;
    }
    const qsizetype length = characters(value);
    if (length > max)
        //: %1 the length of the text, %2 the most allowed (both character counts)
        out.append(problem(path,
                           tr("is %1 characters long; at most %2 are allowed")
                               .arg(QString::number(length), QString::number(max)),
                           "22001"));
}

/// A whole number >= @p minimum in params[@p key]; absent counts as missing.
void checkWholeParam(QList<FieldProblem> &out, const QJsonObject &params, const QString &key,
                     qint64 minimum)
{
    const QString path = QStringLiteral("unlock_criteria.params.") + key;
    const QJsonValue value = params.value(key);
    if (value.isUndefined() || value.isNull()) {
        out.append(problem(path, tr("is required")));
        return;
    }
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != static_cast<double>(static_cast<qint64>(number)) ||
        number < static_cast<double>(minimum) || number > static_cast<double>(kMaxInt))
        //: %1 the smallest allowed number
        out.append(problem(path, tr("must be a whole number of at least %1").arg(minimum)));
}

void checkTextParam(QList<FieldProblem> &out, const QJsonObject &params, const QString &key)
{
    const QString path = QStringLiteral("unlock_criteria.params.") + key;
    const QJsonValue value = params.value(key);
    if (!value.isString() || isBlank(value.toString()))
        out.append(problem(path, tr("is required")));
    else if (characters(value.toString()) > 64)
        out.append(
            problem(path,
                    tr("is %1 characters long; at most %2 are allowed")
                        .arg(QString::number(characters(value.toString())), QStringLiteral("64")),
                    "22001"));
}

void checkUnlock(QList<FieldProblem> &out, const UnlockCriteria &criteria)
{
    if (!unlockTypes().contains(criteria.type)) {
        out.append(problem(QStringLiteral("unlock_criteria.type"),
                           tr("must be event, milestone or manual")));
        return;
    }
    if (criteria.type == QLatin1String("event")) {
        checkTextParam(out, criteria.params, QStringLiteral("event_type"));
        checkWholeParam(out, criteria.params, QStringLiteral("count"), 1);
    } else if (criteria.type == QLatin1String("milestone")) {
        checkTextParam(out, criteria.params, QStringLiteral("metric"));
        checkWholeParam(out, criteria.params, QStringLiteral("threshold"), 1);
    }
    // manual: nothing is required; unknown parameters are kept as they are.
}

} // namespace

const QStringList &unlockTypes()
{
    static const QStringList types{QStringLiteral("event"), QStringLiteral("milestone"),
                                   QStringLiteral("manual")};
    return types;
}

const QStringList &knownConditionTypes()
{
    static const QStringList types{
        QStringLiteral("session_count"),   QStringLiteral("session_completed"),
        QStringLiteral("plan_created"),    QStringLiteral("plan_published"),
        QStringLiteral("score_milestone"), QStringLiteral("perfect_score"),
        QStringLiteral("login_streak"),    QStringLiteral("run_completed"),
        QStringLiteral("first_game"),      QStringLiteral("manual")};
    return types;
}

bool transitionAllowed(const QString &from, const QString &to)
{
    if (from.isEmpty())
        return to == QLatin1String("draft") || to == QLatin1String("active");
    if (from == to)
        return true;
    return (from == QLatin1String("draft") && to == QLatin1String("active")) ||
           (from == QLatin1String("active") && to == QLatin1String("archived")) ||
           (from == QLatin1String("archived") && to == QLatin1String("active"));
}

QStringList allowedStatuses(const QString &from)
{
    QStringList statuses;
    for (const char *status : {"draft", "active", "archived"}) {
        if (transitionAllowed(from, QLatin1String(status)))
            statuses.append(QLatin1String(status));
    }
    return statuses;
}

QList<FieldProblem> problems(const AchievementDefinition &d, const QString &storedStatus)
{
    QList<FieldProblem> out;

    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9][a-z0-9_.-]{1,63}$"));
    if (d.key.isEmpty())
        out.append(problem(QStringLiteral("achievement_key"), tr("is required")));
    else if (!keyPattern.match(d.key).hasMatch())
        out.append(problem(QStringLiteral("achievement_key"),
                           tr("must be 2 to 64 characters: lower-case letters, digits and _ . - "
                              "(starting with a letter or digit)")));

    checkText(out, QStringLiteral("name"), d.name, true, 200);
    checkText(out, QStringLiteral("description"), d.description, false, 2000);
    checkText(out, QStringLiteral("hint_text"), d.hintText, false, 500);
    checkText(out, QStringLiteral("icon_url"), d.iconUrl, false, 2000);
    if (d.easterEgg && !isBlank(d.hintText))
        out.append(problem(QStringLiteral("hint_text"), tr("an easter egg has no hint")));

    static const QRegularExpression colourPattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!d.badgeColor.isEmpty() && !colourPattern.match(d.badgeColor).hasMatch())
        out.append(
            problem(QStringLiteral("badge_color"), tr("must be a colour like #1E88E5 or empty")));

    checkText(out, QStringLiteral("condition_type"), d.conditionType, true, 64);
    if (d.conditionValue > kMaxInt)
        out.append(problem(QStringLiteral("condition_value"),
                           tr("must be a whole number from 0 to 2147483647")));

    checkUnlock(out, d.unlockCriteria);

    if (d.scope != QLatin1String("global") && d.scope != QLatin1String("tenant"))
        out.append(problem(QStringLiteral("scope"), tr("must be global or tenant")));
    else if (d.scope == QLatin1String("global") && !d.tenantId.isNull())
        out.append(problem(QStringLiteral("tenant_id"), tr("a global achievement has no tenant")));
    else if (d.scope == QLatin1String("tenant") && d.tenantId.isNull())
        out.append(problem(QStringLiteral("tenant_id"), tr("choose the tenant")));

    static const QStringList statuses{QStringLiteral("draft"), QStringLiteral("active"),
                                      QStringLiteral("archived")};
    if (!statuses.contains(d.status))
        out.append(problem(QStringLiteral("status"), tr("must be draft, active or archived")));
    else if (storedStatus.isEmpty() && !transitionAllowed({}, d.status))
        out.append(problem(QStringLiteral("status"), tr("a new achievement starts as draft or "
                                                        "active")));
    else if (!transitionAllowed(storedStatus, d.status))
        //: %1 and %2 are statuses (draft, active, archived)
        out.append(problem(
            QStringLiteral("status"),
            tr("cannot change from %1 to %2").arg(statusName(storedStatus), statusName(d.status))));

    for (auto it = d.translations.cbegin(); it != d.translations.cend(); ++it) {
        const QString base = QStringLiteral("translations.") + it.key();
        if (!achievementLocales().contains(it.key())) {
            out.append(problem(base, tr("unknown locale: use sv, en or no")));
            continue;
        }
        checkText(out, base + QStringLiteral(".name"), it->name, true, 200);
        checkText(out, base + QStringLiteral(".description"), it->description, false, 2000);
        checkText(out, base + QStringLiteral(".hint_text"), it->hintText, false, 500);
        checkText(out, base + QStringLiteral(".criteria_text"), it->criteriaText, false, 1000);
        if (d.easterEgg && !isBlank(it->hintText))
            out.append(
                problem(base + QStringLiteral(".hint_text"), tr("an easter egg has no hint")));
    }
    return out;
}

QStringList missingLocales(const AchievementDefinition &definition)
{
    QStringList missing;
    for (const QString &locale : achievementLocales()) {
        const auto it = definition.translations.constFind(locale);
        if (it == definition.translations.cend() || it->isEmpty())
            missing.append(locale);
    }
    return missing;
}

bool mayDesign(const Identity &identity, const QUuid &tenantId)
{
    if (identity.systemAdmin)
        return true;
    if (tenantId.isNull())
        return false;
    return identity.adminOf.contains(tenantId) || identity.editorOf.contains(tenantId);
}

QList<FieldProblem> problemsFromServer(const BackendError &error)
{
    QList<FieldProblem> out;
    const QString detail = error.detail().trimmed();
    if (detail.isEmpty())
        return out;

    // The database's problem list as JSON, when the backend passes it on.
    const qsizetype bracket = detail.indexOf(QLatin1Char('['));
    if (bracket >= 0) {
        QJsonParseError parseError{};
        const QJsonDocument doc =
            QJsonDocument::fromJson(detail.mid(bracket).toUtf8(), &parseError);
        if (parseError.error == QJsonParseError::NoError && doc.isArray()) {
            const QJsonArray array = doc.array();
            for (const QJsonValue &value : array) {
                const QJsonObject o = value.toObject();
                out.append(FieldProblem{o.value(QLatin1String("path")).toString(),
                                        o.value(QLatin1String("code")).toString(),
                                        o.value(QLatin1String("message")).toString()});
            }
            if (!out.isEmpty())
                return out;
        }
    }

    static const QRegularExpression pathLine(
        QStringLiteral("^([a-z_][a-z0-9_]*(?:\\.[a-z0-9_]+)*):\\s+(.+)$"));
    static const QRegularExpression keyInUse(QStringLiteral("achievement_key .* is already used"));
    const QStringList lines = detail.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        const QString code = error.sqlState();
        if (keyInUse.match(line).hasMatch()) {
            out.append(FieldProblem{QStringLiteral("achievement_key"), code,
                                    tr("is already used in this scope")});
            continue;
        }
        if (line.contains(QLatin1String("status cannot change")) ||
            line.contains(QLatin1String("starts as draft or active"))) {
            out.append(FieldProblem{QStringLiteral("status"), code, line});
            continue;
        }
        if (line.contains(QLatin1String("scope and tenant of an achievement cannot change"))) {
            out.append(FieldProblem{QStringLiteral("scope"), code, line});
            continue;
        }
        const QRegularExpressionMatch match = pathLine.match(line);
        if (match.hasMatch() && !match.captured(1).startsWith(QLatin1String("p_"))) {
            QString message = match.captured(2);
            // "(and 3 more problems)" belongs to the summary line, not to the field.
            static const QRegularExpression more(
                QStringLiteral("\\s*\\(and \\d+ more problems?\\)$"));
            message.remove(more);
            out.append(FieldProblem{match.captured(1), code, message});
            continue;
        }
        out.append(FieldProblem{QString(), code, line});
    }
    return out;
}

QString localeName(const QString &locale)
{
    if (locale == QLatin1String("sv"))
        return tr("Swedish");
    if (locale == QLatin1String("en"))
        return tr("English");
    if (locale == QLatin1String("no"))
        return tr("Norwegian");
    return locale;
}

QString fieldLabel(const QString &path)
{
    static const QList<std::pair<const char *, const char *>> labels{
        {"achievement_key", QT_TRANSLATE_NOOP("AchievementValidation", "Key")},
        {"name", QT_TRANSLATE_NOOP("AchievementValidation", "Name")},
        {"description", QT_TRANSLATE_NOOP("AchievementValidation", "Description")},
        {"hint_text", QT_TRANSLATE_NOOP("AchievementValidation", "Hint")},
        {"criteria_text", QT_TRANSLATE_NOOP("AchievementValidation", "Criteria text")},
        {"badge_color", QT_TRANSLATE_NOOP("AchievementValidation", "Badge colour")},
        {"icon_url", QT_TRANSLATE_NOOP("AchievementValidation", "Icon URL")},
        {"icon_media_id", QT_TRANSLATE_NOOP("AchievementValidation", "Icon media")},
        {"icon_config", QT_TRANSLATE_NOOP("AchievementValidation", "Badge design")},
        {"condition_type", QT_TRANSLATE_NOOP("AchievementValidation", "Condition type")},
        {"condition_value", QT_TRANSLATE_NOOP("AchievementValidation", "Condition value")},
        {"unlock_criteria", QT_TRANSLATE_NOOP("AchievementValidation", "Unlock criteria")},
        {"unlock_criteria.type", QT_TRANSLATE_NOOP("AchievementValidation", "Unlock type")},
        {"is_easter_egg", QT_TRANSLATE_NOOP("AchievementValidation", "Easter egg")},
        {"scope", QT_TRANSLATE_NOOP("AchievementValidation", "Scope")},
        {"tenant_id", QT_TRANSLATE_NOOP("AchievementValidation", "Tenant")},
        {"status", QT_TRANSLATE_NOOP("AchievementValidation", "Status")},
    };
    for (const auto &[key, label] : labels) {
        if (path == QLatin1String(key))
            return tr(label);
    }
    static const QRegularExpression translation(
        QStringLiteral("^translations\\.([a-z]+)\\.([a-z_]+)$"));
    const QRegularExpressionMatch match = translation.match(path);
    if (match.hasMatch())
        //: %1 a field (Name, Hint), %2 a language (Swedish)
        return tr("%1 (%2)").arg(fieldLabel(match.captured(2)), localeName(match.captured(1)));
    static const QString paramsPrefix = QStringLiteral("unlock_criteria.params.");
    if (path.startsWith(paramsPrefix)) {
        const QString param = path.mid(paramsPrefix.size());
        if (param == QLatin1String("event_type"))
            return tr("Event type");
        if (param == QLatin1String("count"))
            return tr("Event count");
        if (param == QLatin1String("metric"))
            return tr("Metric");
        if (param == QLatin1String("threshold"))
            return tr("Threshold");
        //: %1 the name of an unlock parameter the console does not know
        return tr("Unlock parameter %1").arg(param);
    }
    return path;
}

} // namespace dicedesk::AchievementValidation
