#include "RecipientCheck.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace dicedesk {

namespace {

constexpr int kGuessSampleRows = 50;

bool isDigitGroupSpace(QChar ch)
{
    return ch == u' ' || ch == QChar(0x00A0) || ch == QChar(0x202F) || ch == QChar(0x2009);
}

const QRegularExpression &angleAddress()
{
    static const QRegularExpression re(QStringLiteral("<([^<>@\\s]+@[^<>\\s]+)>"));
    return re;
}

const QRegularExpression &emailShape()
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    return re;
}

const QRegularExpression &recipientHeader()
{
    static const QRegularExpression re(
        QStringLiteral("mail|e-post|user|recipient|member|mottagare|mottaker|anv[aä]ndare|"
                       "bruker|^id$|uuid"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &amountHeader()
{
    static const QRegularExpression re(
        QStringLiteral("amount|coins?|xp|points?|belopp|bel[oø]p|antal|mynt|poäng|poeng"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

std::optional<int> RecipientCheck::parseAmount(QStringView text)
{
    QStringView trimmed = text.trimmed();
    if (trimmed.startsWith(u'+'))
        trimmed = trimmed.mid(1);
    qint64 value = 0;
    int digits = 0;
    for (const QChar ch : trimmed) {
        if (isDigitGroupSpace(ch) && digits > 0)
            continue;
        if (ch < u'0' || ch > u'9')
            return std::nullopt;
        value = value * 10 + (ch.unicode() - u'0');
        if (value > kMaxAmount)
            return std::nullopt;
        ++digits;
    }
    if (digits == 0 || value < kMinAmount)
        return std::nullopt;
    return static_cast<int>(value);
}

QString RecipientCheck::normalizedInput(const QString &input)
{
    QString text = input.trimmed();
    if (text.contains(u'<')) {
        const QRegularExpressionMatch angle = angleAddress().match(text);
        if (angle.hasMatch())
            text = angle.captured(1);
    }
    if (text.size() >= 32 && text.size() <= 38) {
        const QUuid id = QUuid::fromString(text);
        if (!id.isNull())
            return id.toString(QUuid::WithoutBraces);
    }
    return text;
}

QString RecipientCheck::inputKey(const QString &input)
{
    return normalizedInput(input).toCaseFolded();
}

bool RecipientCheck::looksLikeRecipient(const QString &text)
{
    const QString normalized = normalizedInput(text);
    return emailShape().match(normalized).hasMatch() || !QUuid::fromString(normalized).isNull();
}

QList<RecipientInput> RecipientCheck::splitPasted(const QString &text)
{
    QList<RecipientInput> inputs;
    int line = 1;
    QString item;
    auto endItem = [&] {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            inputs.append(RecipientInput{line, trimmed, {}});
        item.clear();
    };
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar ch = text[i];
        if (ch == u'\r' || ch == u'\n') {
            endItem();
            if (ch == u'\r' && i + 1 < size && text[i + 1] == u'\n')
                ++i;
            ++line;
        } else if (ch == u',' || ch == u';' || ch == u'\t') {
            endItem();
        } else if (ch != QChar(0)) {
            item.append(ch);
        }
    }
    endItem();
    return inputs;
}

QList<RecipientInput> RecipientCheck::fromCsv(const CsvTable &table, bool header,
                                              int recipientColumn, int amountColumn)
{
    QList<RecipientInput> inputs;
    inputs.reserve(table.rows.size());
    for (qsizetype i = header ? 1 : 0; i < table.rows.size(); ++i) {
        const QStringList &row = table.rows.at(i);
        RecipientInput input;
        input.line = table.lines.value(i);
        input.recipient = row.value(recipientColumn).trimmed();
        if (amountColumn >= 0)
            input.amountText = row.value(amountColumn).trimmed();
        inputs.append(input);
    }
    return inputs;
}

QStringList RecipientCheck::distinctInputs(const QList<RecipientInput> &inputs)
{
    QStringList distinct;
    QSet<QString> seen;
    seen.reserve(inputs.size());
    for (const RecipientInput &input : inputs) {
        const QString normalized = normalizedInput(input.recipient);
        if (normalized.isEmpty())
            continue;
        const QString key = normalized.toCaseFolded();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        distinct.append(normalized);
    }
    return distinct;
}

QList<CheckedRecipient> RecipientCheck::check(const QList<RecipientInput> &inputs, bool withAmounts,
                                              const QHash<QString, RecipientResolution> &resolved,
                                              const QSet<QUuid> &alreadyChosen)
{
    using Check = CheckedRecipient::Check;
    QList<CheckedRecipient> rows;
    rows.reserve(inputs.size());
    QSet<QUuid> taken;
    taken.reserve(inputs.size());
    for (const RecipientInput &input : inputs) {
        CheckedRecipient row;
        row.line = input.line;
        row.input = input.recipient;
        row.amountText = input.amountText;
        const QString key = inputKey(input.recipient);
        if (key.isEmpty()) {
            row.check = Check::Missing;
        } else if (const auto it = resolved.constFind(key); it == resolved.cend()) {
            row.check = Check::Unknown;
        } else {
            const RecipientResolution &resolution = it.value();
            row.userId = resolution.userId;
            row.displayName = resolution.displayName;
            row.email = resolution.email;
            if (resolution.status == RecipientResolution::Status::Unknown ||
                resolution.userId.isNull())
                row.check = Check::Unknown;
            else if (resolution.status == RecipientResolution::Status::NotMember)
                row.check = Check::NotMember;
            else
                row.check = Check::Ok;
        }
        if (row.check == Check::Ok && withAmounts) {
            const std::optional<int> amount = parseAmount(input.amountText);
            if (amount)
                row.amount = *amount;
            else
                row.check = Check::BadAmount;
        }
        if (row.check == Check::Ok) {
            if (taken.contains(row.userId) || alreadyChosen.contains(row.userId))
                row.check = Check::Duplicate;
            else
                taken.insert(row.userId);
        }
        rows.append(row);
    }
    return rows;
}

CheckCounts RecipientCheck::count(const QList<CheckedRecipient> &rows)
{
    using Check = CheckedRecipient::Check;
    CheckCounts counts;
    for (const CheckedRecipient &row : rows) {
        switch (row.check) {
        case Check::Ok:
            ++counts.ok;
            break;
        case Check::Missing:
            ++counts.missing;
            break;
        case Check::Unknown:
            ++counts.unknown;
            break;
        case Check::NotMember:
            ++counts.notMember;
            break;
        case Check::Duplicate:
            ++counts.duplicate;
            break;
        case Check::BadAmount:
            ++counts.badAmount;
            break;
        }
    }
    return counts;
}

QString RecipientCheck::checkText(CheckedRecipient::Check check)
{
    using Check = CheckedRecipient::Check;
    switch (check) {
    case Check::Ok:
        //: Check column of the import preview: the line is added
        return tr("OK");
    case Check::Missing:
        return tr("no recipient");
    case Check::Unknown:
        return tr("unknown user");
    case Check::NotMember:
        return tr("not a member of this organisation");
    case Check::Duplicate:
        return tr("duplicate");
    case Check::BadAmount:
        //: The amount cell is not a whole number from 1 to 1,000,000
        return tr("bad amount");
    }
    return {};
}

QString RecipientCheck::countsText(const CheckCounts &counts)
{
    if (counts.total() == 0)
        return tr("Nothing to add.");
    //: %Ln is how many lines of the list will be added
    QString text = tr("%Ln to add", nullptr, counts.ok);
    if (counts.skipped() == 0)
        return text + QLatin1Char('.');
    QStringList reasons;
    const QLocale locale;
    auto reason = [&](int n, CheckedRecipient::Check check) {
        if (n > 0)
            //: %1 is a count, %2 a reason a line is skipped: "2 unknown user"
            reasons.append(tr("%1 %2").arg(locale.toString(n), checkText(check)));
    };
    reason(counts.unknown, CheckedRecipient::Check::Unknown);
    reason(counts.notMember, CheckedRecipient::Check::NotMember);
    reason(counts.duplicate, CheckedRecipient::Check::Duplicate);
    reason(counts.badAmount, CheckedRecipient::Check::BadAmount);
    reason(counts.missing, CheckedRecipient::Check::Missing);
    //: %1 is "120 to add", %2 how many lines are skipped, %3 the reasons with their counts
    return tr("%1; %2 skipped: %3.")
        .arg(text, locale.toString(counts.skipped()), reasons.join(QStringLiteral(", ")));
}

CsvColumnGuess RecipientCheck::guessColumns(const CsvTable &table)
{
    CsvColumnGuess guess;
    if (table.rows.isEmpty())
        return guess;
    const QStringList &first = table.rows.first();
    const bool firstNamesRecipient = std::any_of(first.cbegin(), first.cend(), looksLikeRecipient);
    const qsizetype sampleEnd = std::min<qsizetype>(table.rows.size(), kGuessSampleRows + 1);

    // Per column: how many sampled data rows hold an e-mail or id.
    QList<int> hits(table.columnCount, 0);
    for (qsizetype i = 1; i < sampleEnd; ++i) {
        const QStringList &row = table.rows.at(i);
        for (int c = 0; c < row.size() && c < table.columnCount; ++c) {
            if (looksLikeRecipient(row.at(c)))
                ++hits[c];
        }
    }
    const bool laterNameRecipients =
        std::any_of(hits.cbegin(), hits.cend(), [](int n) { return n > 0; });
    guess.header = !firstNamesRecipient && laterNameRecipients;

    if (firstNamesRecipient) {
        for (int c = 0; c < first.size(); ++c) {
            if (looksLikeRecipient(first.at(c)))
                ++hits[c];
        }
    }
    int best = -1;
    for (int c = 0; c < hits.size(); ++c) {
        if (hits.at(c) > 0 && (best < 0 || hits.at(c) > hits.at(best)))
            best = c;
    }
    if (best < 0 && guess.header) {
        for (int c = 0; c < first.size(); ++c) {
            if (recipientHeader().match(first.at(c)).hasMatch()) {
                best = c;
                break;
            }
        }
    }
    guess.recipientColumn = std::max(best, 0);

    if (guess.header) {
        for (int c = 0; c < first.size(); ++c) {
            if (c != guess.recipientColumn && amountHeader().match(first.at(c)).hasMatch()) {
                guess.amountColumn = c;
                break;
            }
        }
    }
    return guess;
}

} // namespace dicedesk
