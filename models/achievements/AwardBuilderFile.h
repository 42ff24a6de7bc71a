#pragma once

// Reading and writing AWARD_BUILDER_EXPORT_SCHEMA_V1 files for the import and export dialogs.
// The database validates a document strictly (dicedesk_import_achievements_v1); the reader
// catches what makes a file unusable before it is sent, and duplicate keys early.
#include "domain/Achievement.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace dicedesk {

/// The largest file an import accepts (the database's limit on a document).
inline constexpr qsizetype kAwardBuilderFileMaxBytes = 5 * 1024 * 1024;

struct AwardBuilderFileRead
{
    QJsonObject document;         ///< empty when the file could not be read as a JSON object
    QList<FieldProblem> problems; ///< empty when the document may be sent
};

/// Reads a file's bytes: refuses more than 5 MB (before parsing), invalid JSON (with offset,
/// line and column), a root that is no object, and achievement_key values that occur twice.
AwardBuilderFileRead readAwardBuilderFile(const QByteArray &bytes);

/// The document as a file: indented UTF-8 JSON with a trailing newline.
QByteArray writeAwardBuilderFile(const QJsonObject &document);

} // namespace dicedesk
