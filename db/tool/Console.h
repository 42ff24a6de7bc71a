#pragma once

#include <QString>

namespace dicedesk::db::console {

// Writes text + '\n' to stdout and flushes (progress must show up while long steps run).
void out(const QString &line);
// Writes text without newline to stdout and flushes ("seed: 010_x.sql ... ").
void outPartial(const QString &text);
// Writes "dicedesk-db: <line>" to stderr.
void error(const QString &line);

// Formats milliseconds as seconds for progress lines: "1.25 s".
QString seconds(qint64 ms, int decimals = 2);

// Routes qDebug/qWarning through one-line "dicedesk-db: ..." output on stderr and enables the
// dicedesk.* debug categories only when verbose.
void installMessageHandler(bool verbose);

} // namespace dicedesk::db::console
