#pragma once

#include "domain/Achievement.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

class QLabel;
class QWidget;

namespace dicedesk {

/// Shows validation problems next to the fields they are about: each field path
/// ("translations.en.name") has a small label under its field, hidden while there is no
/// problem, and the field gets the "problem" property (styled with a red frame).
class ProblemMarks
{
public:
    /// Creates the label for @p path under @p field (the caller adds it to its layout).
    QLabel *add(const QString &path, QWidget *field, QWidget *labelParent);
    /// A column holding @p field, an optional @p note under it and the problem label of
    /// @p path, for a form row.
    QWidget *wrap(const QString &path, QWidget *field, QWidget *parent, QWidget *note = nullptr);
    /// Another path shown at an existing one's place ("name" at "translations.sv.name").
    void alias(const QString &path, const QString &shownAt);

    /// Shows @p problems at their fields; returns those that have no field here.
    QList<FieldProblem> show(const QList<FieldProblem> &problems);
    /// The problem text shown for @p path (empty when none).
    QString textAt(const QString &path) const;
    QWidget *fieldAt(const QString &path) const;

private:
    struct Mark
    {
        QPointer<QWidget> field;
        QPointer<QLabel> label;
        QString text;
    };
    QString resolve(const QString &path) const;

    QHash<QString, Mark> m_marks;
    QHash<QString, QString> m_aliases;
};

} // namespace dicedesk
