#include "Console.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <cstdio>

namespace dicedesk::db::console {

namespace {

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QString prefix = QStringLiteral("dicedesk-db: ");
    switch (type) {
    case QtDebugMsg:
    case QtInfoMsg:
        if (context.category && qstrcmp(context.category, "default") != 0)
            prefix += QStringLiteral("[%1] ").arg(QString::fromLatin1(context.category));
        break;
    case QtWarningMsg:
        prefix += QStringLiteral("warning: ");
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        prefix += QStringLiteral("error: ");
        break;
    }
    write(stderr, prefix + message + QLatin1Char('\n'));
}

} // namespace

void out(const QString &line)
{
    write(stdout, line + QLatin1Char('\n'));
}

void outPartial(const QString &text)
{
    write(stdout, text);
}

void error(const QString &line)
{
    write(stderr, QStringLiteral("dicedesk-db: ") + line + QLatin1Char('\n'));
}

void installMessageHandler(bool verbose)
{
    qInstallMessageHandler(messageHandler);
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("dicedesk.*.debug=true\n"
                                                              "dicedesk.*.info=true")
                                             : QStringLiteral("dicedesk.*.debug=false\n"
                                                              "dicedesk.*.info=false"));
}

QString seconds(qint64 ms, int decimals)
{
    return QString::number(ms / 1000.0, 'f', decimals) + QStringLiteral(" s");
}

} // namespace dicedesk::db::console
