#include "ServiceUser.h"

#include "ChildProcess.h"
#include "CliErrors.h"
#include "LogCategories.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <cerrno>
#include <cstring>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dicedesk::db {

namespace {

const QStringList systemBinDirs = {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                   QStringLiteral("/usr/bin"), QStringLiteral("/bin")};

QString findSystemTool(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, systemBinDirs);
    return path;
}

// Ancestors of dir from the root down, excluding dir itself.
QStringList ancestorsOf(const QString &dir)
{
    QStringList result;
    QString current = QDir::cleanPath(QDir(dir).absolutePath());
    while (current != QLatin1String("/")) {
        const int slash = current.lastIndexOf(QLatin1Char('/'));
        current = slash <= 0 ? QStringLiteral("/") : current.left(slash);
        result.prepend(current);
    }
    return result;
}

} // namespace

ServiceUser ServiceUser::current()
{
    ServiceUser user;
    if (geteuid() != 0) {
        user.m_uid = geteuid();
        user.m_gid = getegid();
        if (const passwd *pw = getpwuid(user.m_uid))
            user.m_name = QString::fromLocal8Bit(pw->pw_name);
        return user;
    }
    const passwd *pw = getpwnam("postgres");
    if (!pw)
        throw RuntimeError(QStringLiteral("running as root needs the 'postgres' system user to run "
                                          "the server (it comes with the postgresql-15 package)"));
    user.m_switch = true;
    user.m_name = QStringLiteral("postgres");
    user.m_uid = pw->pw_uid;
    user.m_gid = pw->pw_gid;
    user.m_runuser = findSystemTool(QStringLiteral("runuser"));
    if (user.m_runuser.isEmpty())
        throw RuntimeError(QStringLiteral("running as root needs runuser (package util-linux) to "
                                          "start PostgreSQL as the postgres user"));
    return user;
}

void ServiceUser::wrap(QString &program, QStringList &args) const
{
    if (!m_switch)
        return;
    args = QStringList{QStringLiteral("-u"), m_name, QStringLiteral("--"), program} + args;
    program = m_runuser;
}

void ServiceUser::takeOwnership(const QString &path) const
{
    if (!m_switch)
        return;
    if (::chown(QFile::encodeName(path).constData(), m_uid, m_gid) != 0)
        throw RuntimeError(QStringLiteral("cannot give %1 to user %2: %3")
                               .arg(path, m_name, QString::fromLocal8Bit(std::strerror(errno))));
}

bool ServiceUser::canTraverse(const QString &dir) const
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(dir).constData(), &st) != 0)
        return false;
    // Fast path without spawning a process: world-searchable, or owned by the service user.
    if ((st.st_mode & S_IXOTH) || (st.st_uid == m_uid && (st.st_mode & S_IXUSR)))
        return true;
    QString program = QStringLiteral("test");
    QStringList args{QStringLiteral("-x"), dir};
    program = findSystemTool(program);
    if (program.isEmpty())
        return false;
    wrap(program, args);
    return runTool(program, args).exitCode == 0;
}

void ServiceUser::ensureTraversable(const QString &dir) const
{
    if (!m_switch)
        return;
    for (const QString &ancestor : ancestorsOf(dir)) {
        if (canTraverse(ancestor))
            continue;
        const QString setfacl = findSystemTool(QStringLiteral("setfacl"));
        if (setfacl.isEmpty())
            throw RuntimeError(QStringLiteral("user %1 cannot enter %2 and setfacl is missing; "
                                              "install the acl package (apt-get install acl) or "
                                              "use a --dir that %1 can reach")
                                   .arg(m_name, ancestor));
        const ToolResult granted = runTool(
            setfacl, {QStringLiteral("-m"), QStringLiteral("u:%1:x").arg(m_name), ancestor});
        if (granted.exitCode != 0 || !canTraverse(ancestor))
            throw RuntimeError(QStringLiteral("cannot let user %1 enter %2: %3")
                                   .arg(m_name, ancestor, firstLine(granted.output)));
        qCWarning(lcCluster).noquote()
            << QStringLiteral("granted user %1 search access to %2 (setfacl -m u:%1:x)")
                   .arg(m_name, ancestor);
    }
}

} // namespace dicedesk::db
