#include "ServerLog.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>

namespace dicedesk::db::serverlog {

qint64 size(const QString &path)
{
    return QFile(path).size();
}

QString readFrom(const QString &path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    if (offset > 0 && offset <= file.size())
        file.seek(offset);
    return QString::fromUtf8(file.readAll());
}

namespace {

// The message part of a log line: "2026-01-01 ... UTC [123] FATAL:  text" -> ("FATAL", "text").
struct LogLine
{
    QString severity;
    QString text;
};

LogLine parse(const QString &line)
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b(LOG|FATAL|PANIC|ERROR|WARNING|HINT|DETAIL):\\s+(.*)$"));
    const QRegularExpressionMatch match = pattern.match(line);
    if (!match.hasMatch())
        return {};
    return {match.captured(1), match.captured(2).trimmed()};
}

bool isStartupChatter(const QString &text)
{
    static const QStringList chatter = {
        QStringLiteral("starting PostgreSQL"), QStringLiteral("listening on"),
        QStringLiteral("database system is"),  QStringLiteral("redirecting log output"),
        QStringLiteral("ending log output"),   QStringLiteral("shutting down"),
        QStringLiteral("checkpoint"),          QStringLiteral("background worker"),
        QStringLiteral("aborting any active"), QStringLiteral("received"),
    };
    for (const QString &prefix : chatter) {
        if (text.startsWith(prefix))
            return true;
    }
    return false;
}

} // namespace

QString startFailureReason(const QString &logText, const StartContext &context)
{
    QList<LogLine> lines;
    for (const QString &raw : logText.split(QLatin1Char('\n'))) {
        const LogLine line = parse(raw);
        if (!line.severity.isEmpty())
            lines << line;
    }

    for (const LogLine &line : std::as_const(lines)) {
        if (line.text.contains(QLatin1String("could not bind")) &&
            line.text.contains(QLatin1String("Address already in use"))) {
            if (context.tcp)
                return QStringLiteral("port %1 on 127.0.0.1 is already in use").arg(context.port);
            return QStringLiteral("the server socket for port %1 in %2 is already in use")
                .arg(context.port)
                .arg(context.clusterDir);
        }
        if (line.text.startsWith(QLatin1String("lock file")) &&
            line.text.contains(QLatin1String("already exists")))
            return QStringLiteral("a server is already running in %1").arg(context.clusterDir);
    }

    for (int i = 0; i < lines.size(); ++i) {
        const LogLine &line = lines.at(i);
        if (line.severity != QLatin1String("FATAL") && line.severity != QLatin1String("PANIC"))
            continue;
        QString reason = line.text;
        if (reason.contains(QLatin1String("contains errors")) ||
            reason.contains(QLatin1String("could not create any"))) {
            // The details come as LOG lines before the FATAL one.
            for (int j = 0; j < i; ++j) {
                if (lines.at(j).severity == QLatin1String("LOG") &&
                    !isStartupChatter(lines.at(j).text))
                    return reason + QStringLiteral(": ") + lines.at(j).text;
            }
        }
        return reason;
    }
    return QString();
}

} // namespace dicedesk::db::serverlog
