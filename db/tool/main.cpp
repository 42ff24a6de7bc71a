// dicedesk-db: command-line database tool for DiceDesk (see `dicedesk-db --help`).

#include "Cli.h"

#include <QCoreApplication>
#include <QStringList>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dicedesk-db"));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return dicedesk::db::runCli(arguments);
}
