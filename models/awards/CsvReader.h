#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace dicedesk {

/// The records of a CSV file: one per logical row (a quoted field may span lines), the line
/// each record starts on, and what the reader noticed on the way. Empty lines and rows of
/// nothing but empty fields are left out.
struct CsvTable
{
    QList<QStringList> rows;
    QList<int> lines;               ///< 1-based line on which each row starts
    int columnCount = 0;            ///< fields in the widest row
    bool removedNul = false;        ///< NUL characters were dropped from the text
    bool unterminatedQuote = false; ///< the text ended inside a quoted field
};

/// Reads CSV as spreadsheets write it: comma, semicolon or tab separated, fields quoted with
/// "" (doubled inside), CRLF, LF or CR line ends, an optional byte order mark. Plain
/// functions, safe to run on any thread (a 10 MB file is read on a worker thread).
class CsvReader
{
public:
    /// Files larger than this are refused before reading.
    static constexpr qint64 kMaxFileBytes = 64LL * 1024 * 1024;

    /// Bytes to text: a byte order mark (UTF-8, UTF-16, UTF-32) picks the encoding, else
    /// UTF-8, else Windows-1252 (Latin-1) when the bytes are not valid UTF-8. NUL characters
    /// are removed; @p removedNul says whether there were any.
    static QString decode(const QByteArray &bytes, bool *removedNul = nullptr);

    /// ',', ';' or '\t': whichever splits the first lines most consistently (outside
    /// quotes); ',' when none splits anything.
    static QChar detectDelimiter(QStringView text);

    static CsvTable parse(QStringView text, QChar delimiter);
};

} // namespace dicedesk
