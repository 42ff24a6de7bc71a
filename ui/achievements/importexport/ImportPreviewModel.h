#pragma once

#include "domain/Achievement.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

namespace dicedesk {

/// The achievements of an import file, one row each in file order, with what the import will
/// do to each (known after the server's dry run) and, for updates, which fields change.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KeyColumn,
        NameColumn,
        ActionColumn,
        ChangesColumn,
        ColumnCount
    };
    enum class Action
    {
        Unknown, ///< not checked yet (or the file is invalid)
        Create,
        Update,
        Unchanged,
    };
    Q_ENUM(Action)
    enum Role
    {
        KeyRole = Qt::UserRole + 1, ///< QString achievement_key
        ActionRole,                 ///< int(Action)
        ChangedFieldsRole,          ///< QStringList of changed field paths
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    /// Lists the achievements of a document (what it holds, whether or not it is valid).
    void setDocument(const QJsonObject &document);
    /// Sets each row's action from a dry run or an applied import.
    void setReport(const AchievementImportReport &report);
    /// For updated rows: the fields that differ from @p current (an export of the same scope).
    void setCurrent(const QJsonObject &currentExport);
    void clear();

    Action actionAt(int row) const;
    QString keyAt(int row) const;
    QStringList changedFieldsAt(int row) const;
    int countOf(Action action) const;
    static QString actionText(Action action);
    /// The leaf paths (two levels deep: "badge.icon_config", "translations.sv") where two
    /// export items differ.
    static QStringList changedFields(const QJsonObject &from, const QJsonObject &to);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString key;
        QString name;
        QJsonObject item;
        Action action = Action::Unknown;
        QStringList changed;
    };
    QList<Row> m_rows;
};

} // namespace dicedesk
