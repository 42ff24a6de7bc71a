#include "CsvReader.h"

#include <QHash>
#include <QStringDecoder>
#include <algorithm>
#include <array>

namespace dicedesk {

namespace {

constexpr int kSampleLines = 50;
constexpr qsizetype kSampleChars = 256 * 1024;
const QChar kQuote(u'"');

bool isBlankRow(const QStringList &fields)
{
    return std::all_of(fields.cbegin(), fields.cend(),
                       [](const QString &field) { return field.trimmed().isEmpty(); });
}

} // namespace

QString CsvReader::decode(const QByteArray &bytes, bool *removedNul)
{
    QString text;
    const std::optional<QStringConverter::Encoding> bom = QStringConverter::encodingForData(bytes);
    if (bom) {
        // The decoder drops the byte order mark itself.
        QStringDecoder decoder(*bom, QStringConverter::Flag::Stateless);
        text = decoder.decode(bytes);
    } else {
        // Stateless: a sequence cut off at the end is an error, not "more to come".
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        text = utf8.decode(bytes);
        if (utf8.hasError()) {
            QStringDecoder windows("windows-1252");
            text = windows.isValid() ? QString(windows.decode(bytes)) : QString::fromLatin1(bytes);
        }
    }
    // A BOM that was not at the very start (a file glued from pieces) is no text either.
    if (!text.isEmpty() && text.front() == QChar(0xFEFF))
        text.remove(0, 1);
    const qsizetype before = text.size();
    text.remove(QChar(0));
    if (removedNul)
        *removedNul = text.size() != before;
    return text;
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    static constexpr std::array<char16_t, 3> kCandidates{u',', u';', u'\t'};
    std::array<QList<int>, 3> counts;
    std::array<int, 3> current{0, 0, 0};
    bool quoted = false;
    bool lineHasText = false;
    int lines = 0;
    const qsizetype end = std::min(text.size(), kSampleChars);
    auto endLine = [&] {
        if (lineHasText) {
            for (size_t c = 0; c < kCandidates.size(); ++c)
                counts[c].append(current[c]);
            ++lines;
        }
        current = {0, 0, 0};
        lineHasText = false;
    };
    for (qsizetype i = 0; i < end && lines < kSampleLines; ++i) {
        const QChar ch = text[i];
        if (ch == kQuote) {
            quoted = !quoted;
            lineHasText = true;
            continue;
        }
        if (quoted)
            continue;
        if (ch == u'\n' || ch == u'\r') {
            endLine();
            continue;
        }
        lineHasText = lineHasText || !ch.isSpace() || ch == u'\t';
        for (size_t c = 0; c < kCandidates.size(); ++c) {
            if (ch == kCandidates[c])
                ++current[c];
        }
    }
    if (lines < kSampleLines)
        endLine();

    // Score: how many lines have the most common non-zero count (a real delimiter splits
    // every line alike); ties go to the larger count, then to the order above.
    int best = 0;
    int bestScore = 0;
    int bestCount = 0;
    for (size_t c = 0; c < kCandidates.size(); ++c) {
        QHash<int, int> frequency;
        for (int count : std::as_const(counts[c])) {
            if (count > 0)
                ++frequency[count];
        }
        int score = 0;
        int modal = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.value() > score || (it.value() == score && it.key() > modal)) {
                score = it.value();
                modal = it.key();
            }
        }
        if (score > bestScore || (score == bestScore && score > 0 && modal > bestCount)) {
            best = static_cast<int>(c);
            bestScore = score;
            bestCount = modal;
        }
    }
    return QChar(kCandidates[static_cast<size_t>(best)]);
}

CsvTable CsvReader::parse(QStringView text, QChar delimiter)
{
    CsvTable table;
    QStringList fields;
    QString field;
    bool quoted = false;      // inside a quoted field
    bool fieldQuoted = false; // the current field began with a quote
    int line = 1;
    int rowLine = 1;

    auto endField = [&] {
        fields.append(field);
        field.clear();
        fieldQuoted = false;
    };
    auto endRow = [&] {
        endField();
        if (!isBlankRow(fields)) {
            table.columnCount = std::max(table.columnCount, static_cast<int>(fields.size()));
            table.rows.append(fields);
            table.lines.append(rowLine);
        }
        fields.clear();
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch == kQuote) {
                if (i + 1 < size && text[i + 1] == kQuote) {
                    field.append(kQuote);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (ch == u'\n' || (ch == u'\r' && !(i + 1 < size && text[i + 1] == u'\n')))
                    ++line;
                if (ch == u'\0')
                    table.removedNul = true;
                else
                    field.append(ch);
            }
            continue;
        }
        if (ch == delimiter) {
            endField();
        } else if (ch == u'\r' || ch == u'\n') {
            if (ch == u'\r' && i + 1 < size && text[i + 1] == u'\n')
                ++i;
            endRow();
            ++line;
            rowLine = line;
        } else if (ch == kQuote && field.trimmed().isEmpty() && !fieldQuoted) {
            // A quote opens a quoted field only at its start (spaces before it are dropped).
            field.clear();
            quoted = true;
            fieldQuoted = true;
        } else if (ch == u'\0') {
            table.removedNul = true;
        } else {
            field.append(ch);
        }
    }
    table.unterminatedQuote = quoted;
    if (!field.isEmpty() || !fields.isEmpty() || fieldQuoted)
        endRow();
    return table;
}

} // namespace dicedesk
