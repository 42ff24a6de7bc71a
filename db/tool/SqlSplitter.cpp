#include "SqlSplitter.h"

#include <cctype>

namespace dicedesk::db {

namespace {

bool isIdentStart(char c)
{
    return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80);
}

bool isIdentChar(char c)
{
    return isIdentStart(c) || std::isdigit(static_cast<unsigned char>(c)) || c == '$';
}

class Splitter
{
public:
    explicit Splitter(const QByteArray &script)
        : s(script)
    {}

    QList<QByteArray> run()
    {
        while (i < s.size()) {
            const char c = s.at(i);
            if (c == '-' && peek(1) == '-') {
                skipLineComment();
            } else if (c == '/' && peek(1) == '*') {
                skipBlockComment();
            } else if (c == '\'') {
                const bool escapes = i > 0 && (s.at(i - 1) == 'E' || s.at(i - 1) == 'e') &&
                                     (i < 2 || !isIdentChar(s.at(i - 2)));
                markContent();
                skipQuoted('\'', escapes);
            } else if (c == '"') {
                markContent();
                skipQuoted('"', false);
            } else if (c == '$' && dollarTagAt(i) >= 0) {
                markContent();
                skipDollarQuoted();
            } else if (c == ';' && beginDepth == 0) {
                finishStatement(i);
                ++i;
                start = i;
            } else if (isIdentStart(c) && (i == 0 || !isIdentChar(s.at(i - 1)))) {
                markContent();
                word();
            } else {
                if (!std::isspace(static_cast<unsigned char>(c)))
                    markContent();
                ++i;
            }
        }
        finishStatement(s.size());
        return statements;
    }

private:
    char peek(qsizetype offset) const { return i + offset < s.size() ? s.at(i + offset) : '\0'; }

    void markContent() { hasContent = true; }

    void skipLineComment()
    {
        while (i < s.size() && s.at(i) != '\n')
            ++i;
    }

    void skipBlockComment()
    {
        int depth = 0;
        while (i < s.size()) {
            if (s.at(i) == '/' && peek(1) == '*') {
                ++depth;
                i += 2;
            } else if (s.at(i) == '*' && peek(1) == '/') {
                i += 2;
                if (--depth == 0)
                    return;
            } else {
                ++i;
            }
        }
    }

    void skipQuoted(char quote, bool backslashEscapes)
    {
        ++i;
        while (i < s.size()) {
            const char c = s.at(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (peek(1) == quote) {
                    i += 2;
                } else {
                    ++i;
                    return;
                }
            } else {
                ++i;
            }
        }
    }

    // Length of the dollar-quote tag starting at pos ("$$" -> 2, "$fn$" -> 4), or -1.
    qsizetype dollarTagAt(qsizetype pos) const
    {
        if (pos > 0 && isIdentChar(s.at(pos - 1)))
            return -1; // part of an identifier like a$b
        qsizetype j = pos + 1;
        if (j < s.size() && s.at(j) != '$') {
            if (!isIdentStart(s.at(j)))
                return -1; // $1 parameter
            while (j < s.size() && isIdentChar(s.at(j)) && s.at(j) != '$')
                ++j;
        }
        if (j >= s.size() || s.at(j) != '$')
            return -1;
        return j - pos + 1;
    }

    void skipDollarQuoted()
    {
        const qsizetype length = dollarTagAt(i);
        const QByteArray tag = s.mid(i, length);
        const qsizetype end = s.indexOf(tag, i + length);
        i = end < 0 ? s.size() : end + length;
    }

    void word()
    {
        const qsizetype begin = i;
        while (i < s.size() && isIdentChar(s.at(i)))
            ++i;
        const QByteArray w = s.mid(begin, i - begin).toUpper();
        ++wordCount;
        if (wordCount == 1) {
            isCreate = w == "CREATE";
        } else if (isCreate && wordCount <= 6 && (w == "FUNCTION" || w == "PROCEDURE")) {
            isRoutine = true;
        } else if (isRoutine) {
            if (w == "BEGIN" || w == "CASE")
                ++beginDepth;
            else if (w == "END" && beginDepth > 0)
                --beginDepth;
        }
    }

    void finishStatement(qsizetype end)
    {
        if (hasContent) {
            const QByteArray statement = s.mid(start, end - start).trimmed();
            if (!statement.isEmpty())
                statements << statement;
        }
        hasContent = false;
        wordCount = 0;
        isCreate = isRoutine = false;
        beginDepth = 0;
    }

    const QByteArray &s;
    qsizetype i = 0;
    qsizetype start = 0;
    bool hasContent = false;
    int wordCount = 0;
    bool isCreate = false;
    bool isRoutine = false;
    int beginDepth = 0;
    QList<QByteArray> statements;
};

} // namespace

QList<QByteArray> splitSqlStatements(const QByteArray &script)
{
    return Splitter(script).run();
}

} // namespace dicedesk::db
