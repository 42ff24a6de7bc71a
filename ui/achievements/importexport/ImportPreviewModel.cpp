#include "ImportPreviewModel.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QPalette>
#include <QSet>

namespace dicedesk {

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportPreviewModel::setDocument(const QJsonObject &document)
{
    beginResetModel();
    m_rows.clear();
    const QJsonArray items = document.value(QLatin1String("achievements")).toArray();
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        Row row;
        row.item = item;
        row.key = item.value(QLatin1String("achievement_key")).toString();
        row.name = item.value(QLatin1String("name")).toString();
        m_rows.append(row);
    }
    endResetModel();
}

void ImportPreviewModel::setReport(const AchievementImportReport &report)
{
    const QSet<QString> created(report.created.cbegin(), report.created.cend());
    const QSet<QString> updated(report.updated.cbegin(), report.updated.cend());
    const QSet<QString> unchanged(report.unchanged.cbegin(), report.unchanged.cend());
    for (Row &row : m_rows) {
        if (!report.valid)
            row.action = Action::Unknown;
        else if (created.contains(row.key))
            row.action = Action::Create;
        else if (updated.contains(row.key))
            row.action = Action::Update;
        else if (unchanged.contains(row.key))
            row.action = Action::Unchanged;
        else
            row.action = Action::Unknown;
        if (row.action != Action::Update)
            row.changed.clear();
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ImportPreviewModel::setCurrent(const QJsonObject &currentExport)
{
    QHash<QString, QJsonObject> current;
    for (const QJsonValue &value : currentExport.value(QLatin1String("achievements")).toArray()) {
        const QJsonObject item = value.toObject();
        current.insert(item.value(QLatin1String("achievement_key")).toString(), item);
    }
    for (Row &row : m_rows) {
        if (row.action == Action::Update && current.contains(row.key))
            row.changed = changedFields(current.value(row.key), row.item);
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ChangesColumn), index(rowCount() - 1, ChangesColumn));
}

QStringList ImportPreviewModel::changedFields(const QJsonObject &from, const QJsonObject &to)
{
    QStringList fields;
    QStringList keys = from.keys() + to.keys();
    keys.sort();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        if (key == QLatin1String("achievement_key"))
            continue;
        const QJsonValue a = from.value(key);
        const QJsonValue b = to.value(key);
        if (a == b)
            continue;
        if (a.isObject() && b.isObject()) {
            const QJsonObject ao = a.toObject();
            const QJsonObject bo = b.toObject();
            QStringList inner = ao.keys() + bo.keys();
            inner.sort();
            inner.removeDuplicates();
            for (const QString &sub : std::as_const(inner)) {
                if (ao.value(sub) != bo.value(sub))
                    fields.append(key + QLatin1Char('.') + sub);
            }
        } else {
            fields.append(key);
        }
    }
    return fields;
}

void ImportPreviewModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

ImportPreviewModel::Action ImportPreviewModel::actionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).action : Action::Unknown;
}

QString ImportPreviewModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QString();
}

QStringList ImportPreviewModel::changedFieldsAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).changed : QStringList();
}

int ImportPreviewModel::countOf(Action action) const
{
    return static_cast<int>(std::count_if(
        m_rows.cbegin(), m_rows.cend(), [action](const Row &row) { return row.action == action; }));
}

QString ImportPreviewModel::actionText(Action action)
{
    switch (action) {
    case Action::Unknown:
        return tr("—");
    case Action::Create:
        //: import preview: the achievement is new and will be created
        return tr("Create");
    case Action::Update:
        //: import preview: the achievement exists and will be changed
        return tr("Update");
    case Action::Unchanged:
        return tr("Unchanged");
    }
    return {};
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return row.key.isEmpty() ? tr("(no key)") : row.key;
        case NameColumn:
            return row.name.isEmpty() ? tr("(no name)") : row.name;
        case ActionColumn:
            return actionText(row.action);
        case ChangesColumn:
            return row.changed.join(QStringLiteral(", "));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ChangesColumn && !row.changed.isEmpty())
            return row.changed.join(QLatin1Char('\n'));
        return {};
    case Qt::FontRole:
        if (index.column() == ActionColumn && row.action != Action::Unchanged &&
            row.action != Action::Unknown) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ActionColumn && row.action == Action::Unchanged)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case KeyRole:
        return row.key;
    case ActionRole:
        return static_cast<int>(row.action);
    case ChangedFieldsRole:
        return row.changed;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case NameColumn:
        return tr("Name");
    case ActionColumn:
        return tr("Action");
    case ChangesColumn:
        return tr("Changes");
    }
    return {};
}

} // namespace dicedesk
