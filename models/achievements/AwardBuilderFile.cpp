#include "AwardBuilderFile.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace dicedesk {

namespace {

/// 1-based line and column of a byte offset.
std::pair<int, int> lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    int column = 1;
    const qsizetype end = std::min(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(bytes.at(i)) & 0xC0) != 0x80) {
            ++column; // counts characters, not UTF-8 continuation bytes
        }
    }
    return {line, column};
}

} // namespace

AwardBuilderFileRead readAwardBuilderFile(const QByteArray &bytes)
{
    AwardBuilderFileRead read;
    const QString root = QStringLiteral("$");
    const QString invalid = QStringLiteral("22023");
    if (bytes.size() > kAwardBuilderFileMaxBytes) {
        const double megabytes = static_cast<double>(bytes.size()) / (1024.0 * 1024.0);
        read.problems.append(
            FieldProblem{root, QStringLiteral("54000"),
                         //: %1 is the file's size in megabytes with one decimal, e.g. 10.0
                         QCoreApplication::translate(
                             "AwardBuilderFile", "The file is %1 MB; an export may be at most 5 MB")
                             .arg(megabytes, 0, 'f', 1)});
        return read;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(bytes, error.offset);
        read.problems.append(FieldProblem{
            root, invalid,
            //: %1 is the parser's explanation, %2 the byte offset, %3 the line, %4 the column
            QCoreApplication::translate(
                "AwardBuilderFile",
                "The file is not valid JSON: %1 at offset %2 (line %3, column %4)")
                .arg(error.errorString())
                .arg(error.offset)
                .arg(line)
                .arg(column)});
        return read;
    }
    if (!doc.isObject()) {
        read.problems.append(FieldProblem{
            root, invalid,
            QCoreApplication::translate(
                "AwardBuilderFile",
                "The file must hold a JSON object (an AWARD_BUILDER_EXPORT_SCHEMA_V1 export)")});
        return read;
    }
    read.document = doc.object();
    const QJsonArray achievements = read.document.value(QLatin1String("achievements")).toArray();
    QHash<QString, qsizetype> firstAt;
    for (qsizetype i = 0; i < achievements.size(); ++i) {
        const QJsonValue key =
            achievements.at(i).toObject().value(QLatin1String("achievement_key"));
        if (!key.isString())
            continue;
        const auto seen = firstAt.constFind(key.toString());
        if (seen == firstAt.cend()) {
            firstAt.insert(key.toString(), i);
            continue;
        }
        read.problems.append(
            FieldProblem{QStringLiteral("achievements[%1].achievement_key").arg(i), invalid,
                         //: %1 is the index of the achievement with the same key
                         QCoreApplication::translate("AwardBuilderFile",
                                                     "duplicate key, also at achievements[%1]")
                             .arg(*seen)});
    }
    return read;
}

QByteArray writeAwardBuilderFile(const QJsonObject &document)
{
    QByteArray bytes = QJsonDocument(document).toJson(QJsonDocument::Indented);
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    return bytes;
}

} // namespace dicedesk
