#include "ProblemMarks.h"

#include <QLabel>
#include <QPalette>
#include <QStyle>
#include <QVBoxLayout>
#include <QWidget>

namespace dicedesk {

QLabel *ProblemMarks::add(const QString &path, QWidget *field, QWidget *labelParent)
{
    auto *label = new QLabel(labelParent);
    label->setObjectName(QStringLiteral("problem:") + path);
    label->setProperty("role", QStringLiteral("problem"));
    label->setWordWrap(true);
    const bool dark =
        labelParent && labelParent->palette().color(QPalette::Window).lightness() < 128;
    label->setStyleSheet(dark ? QStringLiteral("QLabel { color: #ef9a9a; }")
                              : QStringLiteral("QLabel { color: #c62828; }"));
    label->hide();
    m_marks.insert(path, Mark{field, label, QString()});
    return label;
}

QWidget *ProblemMarks::wrap(const QString &path, QWidget *field, QWidget *parent, QWidget *note)
{
    auto *column = new QWidget(parent);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    field->setParent(column);
    layout->addWidget(field);
    if (note) {
        note->setParent(column);
        layout->addWidget(note);
    }
    layout->addWidget(add(path, field, column));
    return column;
}

void ProblemMarks::alias(const QString &path, const QString &shownAt)
{
    m_aliases.insert(path, shownAt);
}

QString ProblemMarks::resolve(const QString &path) const
{
    QString at = m_aliases.value(path, path);
    // Problems below a known field ("unlock_criteria.params.x") fall back to the nearest one.
    while (!m_marks.contains(at) && at.contains(QLatin1Char('.')))
        at.truncate(at.lastIndexOf(QLatin1Char('.')));
    return m_marks.contains(at) ? at : QString();
}

QList<FieldProblem> ProblemMarks::show(const QList<FieldProblem> &problems)
{
    QHash<QString, QStringList> texts;
    QList<FieldProblem> unplaced;
    for (const FieldProblem &problem : problems) {
        const QString at = resolve(problem.path);
        if (at.isEmpty())
            unplaced.append(problem);
        else if (!texts[at].contains(problem.message))
            texts[at].append(problem.message);
    }
    for (auto it = m_marks.begin(); it != m_marks.end(); ++it) {
        const QStringList lines = texts.value(it.key());
        it->text = lines.join(QLatin1Char('\n'));
        if (it->label) {
            it->label->setText(lines.join(QLatin1Char('\n')));
            it->label->setVisible(!lines.isEmpty());
        }
        if (it->field && it->field->property("problem").toBool() != !lines.isEmpty()) {
            it->field->setProperty("problem", !lines.isEmpty());
            it->field->setToolTip(lines.join(QLatin1Char('\n')));
            it->field->style()->unpolish(it->field);
            it->field->style()->polish(it->field);
        }
    }
    return unplaced;
}

QString ProblemMarks::textAt(const QString &path) const
{
    return m_marks.value(resolve(path)).text;
}

QWidget *ProblemMarks::fieldAt(const QString &path) const
{
    return m_marks.value(resolve(path)).field;
}

} // namespace dicedesk
