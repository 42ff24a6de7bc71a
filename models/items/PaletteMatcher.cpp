#include "PaletteMatcher.h"

namespace dicedesk::PaletteMatcher {

namespace {

constexpr qsizetype kMinSubsequenceLength = 3;

/// Letters that carry no combining mark to drop, spelled the way a keyboard without them would.
QString latinFallback(QChar c)
{
    switch (c.unicode()) {
    case 0x00D8: // Ø
    case 0x00F8: // ø
        return QStringLiteral("o");
    case 0x00C6: // Æ
    case 0x00E6: // æ
        return QStringLiteral("ae");
    case 0x0152: // Œ
    case 0x0153: // œ
        return QStringLiteral("oe");
    case 0x00DF: // ß
        return QStringLiteral("ss");
    case 0x00DE: // Þ
    case 0x00FE: // þ
        return QStringLiteral("th");
    case 0x00D0: // Ð
    case 0x00F0: // ð
    case 0x0110: // Đ
    case 0x0111: // đ
        return QStringLiteral("d");
    case 0x0141: // Ł
    case 0x0142: // ł
        return QStringLiteral("l");
    case 0x0131: // dotless ı
        return QStringLiteral("i");
    default:
        return {};
    }
}

bool isWordStart(const QString &text, qsizetype at)
{
    return at == 0 || !text.at(at - 1).isLetterOrNumber();
}

/// True if @p needle starts a word somewhere in @p haystack.
bool isWordPrefix(const QString &haystack, const QString &needle)
{
    if (needle.isEmpty())
        return false;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = haystack.indexOf(needle, from);
        if (at < 0)
            return false;
        if (isWordStart(haystack, at))
            return true;
        from = at + 1;
    }
}

bool isSubsequence(const QString &haystack, const QString &needle)
{
    qsizetype at = 0;
    for (const QChar c : needle) {
        if (c.isSpace())
            continue;
        at = haystack.indexOf(c, at);
        if (at < 0)
            return false;
        ++at;
    }
    return true;
}

} // namespace

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            continue;
        default:
            break;
        }
        const QString fallback = latinFallback(c);
        if (fallback.isEmpty())
            folded += c;
        else
            folded += fallback;
    }
    return folded.toCaseFolded();
}

int score(const QString &query, const QString &title, const QStringList &keywords)
{
    const QString q = fold(query).simplified();
    if (q.isEmpty())
        return NoMatch;
    const QString t = fold(title);
    QStringList k;
    k.reserve(keywords.size());
    for (const QString &keyword : keywords)
        k.append(fold(keyword));

    if (t.startsWith(q))
        return TitlePrefix;
    if (isWordPrefix(t, q))
        return WordPrefix;

    const QStringList tokens = q.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (tokens.size() > 1) {
        const QString everything = t + QLatin1Char(' ') + k.join(QLatin1Char(' '));
        bool inTitle = true;
        bool inAny = true;
        for (const QString &token : tokens) {
            inTitle = inTitle && isWordPrefix(t, token);
            inAny = inAny && isWordPrefix(everything, token);
        }
        if (inTitle)
            return WordPrefix;
        if (inAny)
            return KeywordPrefix;
    }
    for (const QString &keyword : std::as_const(k)) {
        if (keyword.startsWith(q) || isWordPrefix(keyword, q))
            return KeywordPrefix;
    }
    if (t.contains(q))
        return Substring;
    for (const QString &keyword : std::as_const(k)) {
        if (keyword.contains(q))
            return KeywordSubstring;
    }
    // Scattered letters only from three on: "re" would match nearly everything.
    if (q.size() >= kMinSubsequenceLength && isSubsequence(t, q))
        return Subsequence;
    return NoMatch;
}

} // namespace dicedesk::PaletteMatcher
