#include "RequestFormat.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace dicedesk {

QString RequestFormat::amountText(const QString &awardType, qint64 amount,
                                  const QString &achievementName)
{
    const QLocale locale;
    if (awardType == QLatin1String("achievement"))
        return achievementName.isEmpty() ? tr("Achievement") : achievementName;
    if (awardType == QLatin1String("xp"))
        //: %1 is an amount of experience points, e.g. "250 XP"
        return tr("%1 XP").arg(locale.toString(amount));
    //: %1 is an amount of coins, e.g. "500 coins"
    return tr("%1 coins").arg(locale.toString(amount));
}

QString RequestFormat::amountTimesRecipients(const AwardRequestSummary &request)
{
    //: %1 is what each recipient gets ("500 coins"), %2 how many recipients: "500 coins × 12"
    return tr("%1 × %2").arg(amountText(request.awardType, request.amount, request.achievementName),
                             QLocale().toString(request.recipientCount));
}

QString RequestFormat::totalText(const AwardRequestSummary &request)
{
    if (request.awardType == QLatin1String("achievement"))
        //: The total of an achievement award: how many users unlock it
        return tr("%n unlock(s)", nullptr, request.recipientCount);
    return amountText(request.awardType, request.total);
}

QString RequestFormat::ageText(const QDateTime &createdAt, bool expired, const QDateTime &now)
{
    if (expired)
        //: Age column of a request that can no longer be decided
        return tr("expired");
    if (!createdAt.isValid())
        return {};
    const qint64 seconds = std::max<qint64>(0, createdAt.secsTo(now));
    if (seconds < 60)
        //: Age of a request filed less than a minute ago
        return tr("now");
    if (seconds < 3600)
        //: Age in minutes, short: "5 min"
        return tr("%n min", nullptr, static_cast<int>(seconds / 60));
    if (seconds < 86400)
        //: Age in hours, short: "3 h"
        return tr("%n h", nullptr, static_cast<int>(seconds / 3600));
    //: Age in days, short: "2 d"
    return tr("%n d", nullptr, static_cast<int>(seconds / 86400));
}

QString RequestFormat::statusText(const QString &status, bool expired)
{
    if (status == QLatin1String("pending"))
        return expired ? tr("Expired") : tr("Pending");
    if (status == QLatin1String("approved"))
        return tr("Approved");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    if (status == QLatin1String("expired"))
        return tr("Expired");
    if (status == QLatin1String("cancelled"))
        //: A request its requester withdrew
        return tr("Cancelled");
    return status;
}

QString RequestFormat::shortTime(const QDateTime &utc, const QDateTime &now)
{
    if (!utc.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = utc.toLocalTime();
    if (local.date() == now.toLocalTime().date())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

QString RequestFormat::oneLine(const QString &message, int maxLength)
{
    static const QRegularExpression breaks(QStringLiteral("\\s*[\\r\\n]+\\s*"));
    QString line = message;
    line.replace(breaks, QStringLiteral(" "));
    line = line.trimmed();
    if (line.size() > maxLength)
        line = line.left(maxLength - 1) + QStringLiteral("…");
    return line;
}

bool RequestFormat::isDecidable(const AwardRequestSummary &request)
{
    return request.status == QLatin1String("pending") && !request.expired;
}

} // namespace dicedesk
