#pragma once

#include <QString>

namespace dicedesk::db::serverlog {

qint64 size(const QString &path);
// The log text written after offset (what the last start attempt wrote).
QString readFrom(const QString &path, qint64 offset);

struct StartContext
{
    QString clusterDir;
    int port = 0;
    bool tcp = false;
};

// A one-line reason why the server failed to start, from what it wrote to server.log
// ("port 5433 on 127.0.0.1 is already in use", "a server is already running in DIR",
// the first FATAL message, ...). Empty if the log does not say.
QString startFailureReason(const QString &logText, const StartContext &context);

} // namespace dicedesk::db::serverlog
