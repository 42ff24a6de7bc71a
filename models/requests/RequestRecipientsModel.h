#pragma once

#include "domain/AwardRequest.h"

#include <QAbstractTableModel>
#include <QList>

namespace dicedesk {

/// The recipients of one award request with what a decider wants to know about each: the
/// current coin balance and XP, the last awards they received, and whether they are still a
/// member of the organisation (approving pays active members only).
class RequestRecipientsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        EmailColumn,
        BalanceColumn,
        XpColumn,
        RecentColumn,
        MembershipColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum RecipientRole
    {
        UserIdRole = Qt::UserRole + 1, ///< QUuid
        DisplayNameRole,               ///< QString
        EmailRole,                     ///< QString
        CoinBalanceRole,               ///< qint64
        XpRole,                        ///< qint64
        StillMemberRole,               ///< bool
        RecentAwardCountRole,          ///< int, at most 3
    };
    Q_ENUM(RecipientRole)

    explicit RequestRecipientsModel(QObject *parent = nullptr);

    /// Shows these recipients (replaces what was shown).
    void setRecipients(const QList<RequestRecipientContext> &recipients);
    void clear();
    const QList<RequestRecipientContext> &recipients() const { return m_recipients; }
    /// How many are no longer members of the organisation.
    int formerMemberCount() const;

    /// "500 coins (3 d), 20 XP (12 d)"; "none" without recent awards.
    static QString recentSummary(const QList<RecentAward> &awards);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The language changed: views fetch the header and the rows again.
    void retranslate();

private:
    QList<RequestRecipientContext> m_recipients;
};

} // namespace dicedesk
