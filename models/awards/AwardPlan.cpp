#include "AwardPlan.h"

#include <QHash>
#include <QLocale>
#include <QStringList>
#include <algorithm>

namespace dicedesk {

AwardPlan AwardPlan::make(const QList<Recipient> &recipients, const QString &awardType,
                          int defaultAmount, std::optional<qint64> threshold, bool systemAdmin,
                          const QString &achievementName)
{
    AwardPlan plan;
    plan.awardType = awardType;
    plan.achievementName = achievementName;
    plan.threshold = threshold;
    plan.systemAdmin = systemAdmin;
    plan.recipientCount = static_cast<int>(recipients.size());
    if (recipients.isEmpty())
        return plan;

    if (plan.isAchievement()) {
        // One award; the database wants an amount, and an achievement is one unlock each.
        AwardGroup group;
        group.amount = 1;
        group.recipients.reserve(recipients.size());
        for (const Recipient &recipient : recipients)
            group.recipients.append(recipient.userId);
        plan.groups.append(group);
        plan.total = group.total();
        return plan;
    }

    QHash<int, qsizetype> groupOf;
    for (const Recipient &recipient : recipients) {
        const int amount = recipient.amount > 0 ? recipient.amount : defaultAmount;
        auto it = groupOf.find(amount);
        if (it == groupOf.end()) {
            it = groupOf.insert(amount, plan.groups.size());
            plan.groups.append(AwardGroup{amount, {}, false});
        }
        plan.groups[it.value()].recipients.append(recipient.userId);
    }
    std::sort(plan.groups.begin(), plan.groups.end(), [](const AwardGroup &a, const AwardGroup &b) {
        if (a.recipients.size() != b.recipients.size())
            return a.recipients.size() > b.recipients.size();
        return a.amount > b.amount;
    });
    for (AwardGroup &group : plan.groups) {
        plan.total += group.total();
        group.needsApproval = !systemAdmin && threshold && group.total() >= *threshold;
    }
    return plan;
}

int AwardPlan::requestCount() const
{
    return static_cast<int>(std::count_if(groups.cbegin(), groups.cend(),
                                          [](const AwardGroup &g) { return g.needsApproval; }));
}

QString AwardPlan::amountText(const QString &awardType, qint64 amount,
                              const QString &achievementName)
{
    const QLocale locale;
    if (awardType == QLatin1String("achievement"))
        return achievementName.isEmpty() ? tr("an achievement")
                                         //: %1 is an achievement's name
                                         : tr("“%1”").arg(achievementName);
    if (awardType == QLatin1String("xp"))
        //: %1 is an amount of experience points, e.g. "250 XP"
        return tr("%1 XP").arg(locale.toString(amount));
    //: %1 is an amount of coins, e.g. "500 coins"
    return tr("%1 coins").arg(locale.toString(amount));
}

QString AwardPlan::awardText(const QString &awardType, int amount, int recipients,
                             const QString &achievementName)
{
    //: %1 is what each recipient gets ("50 coins"), %Ln how many recipients
    return tr("%1 to %Ln recipient(s)", nullptr, recipients)
        .arg(amountText(awardType, amount, achievementName));
}

QString AwardPlan::groupText(const QString &awardType, const AwardGroup &group)
{
    //: %1 is how many recipients, %2 what each gets: "120 × 50 coins"
    return tr("%1 × %2").arg(QLocale().toString(group.recipients.size()),
                             amountText(awardType, group.amount));
}

QString AwardPlan::summaryText() const
{
    if (isEmpty())
        return tr("Add recipients to see the total.");
    if (isAchievement())
        //: %1 is "“Achievement name” to 120 recipients"
        return tr("%1. Awarded now: achievements never need approval.")
            .arg(awardText(awardType, 1, recipientCount, achievementName));

    const QString totalText =
        //: %1 is the total ("6,000 coins"), %Ln how many recipients
        tr("Total %1 to %Ln recipient(s).", nullptr, recipientCount)
            .arg(amountText(awardType, total));
    QString head = totalText;
    if (groups.size() > 1) {
        QStringList parts;
        for (const AwardGroup &group : groups)
            parts.append(groupText(awardType, group));
        //: %Ln is how many awards are sent (one per amount), %1 lists them, %2 is the total
        head = tr("%Ln award(s): %1. %2", nullptr, static_cast<int>(groups.size()))
                   .arg(parts.join(QStringLiteral(", ")), totalText);
    }

    QString verdict;
    if (systemAdmin) {
        verdict = tr("Paid now: system admins are not held by the approval threshold.");
    } else if (!threshold) {
        verdict = tr("The approval threshold is not known: the database decides when you send "
                     "whether this is paid now or becomes a request.");
    } else {
        const QString limit = amountText(awardType, *threshold);
        const int requests = requestCount();
        if (groups.size() == 1) {
            verdict = requests > 0
                          //: %1 is the threshold, e.g. "500 coins"
                          ? tr("At or above the approval threshold of %1: this becomes a request "
                               "for a system admin.")
                                .arg(limit)
                          : tr("Below the approval threshold of %1: paid now.").arg(limit);
        } else if (requests == 0) {
            verdict = tr("Each award is below the approval threshold of %1: all are paid now.")
                          .arg(limit);
        } else if (requests == groups.size()) {
            verdict = tr("Each award is at or above the approval threshold of %1: they become "
                         "requests for a system admin.")
                          .arg(limit);
        } else {
            QStringList held;
            for (const AwardGroup &group : groups) {
                if (group.needsApproval)
                    held.append(groupText(awardType, group));
            }
            //: %1 is the threshold ("500 coins"), %2 lists the awards that reach it
            verdict = tr("At or above the approval threshold of %1, so requests for a system "
                         "admin: %2. The others are paid now.")
                          .arg(limit, held.join(QStringLiteral(", ")));
        }
    }
    return head + QLatin1Char(' ') + verdict;
}

} // namespace dicedesk
