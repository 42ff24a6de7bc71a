#pragma once

#include <QFrame>
#include <QList>

class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace dicedesk {

/// The right-hand side of a list pane: the selected row's fields as selectable text, an
/// optional link (say, to the entry a reversal undoes) and an optional JSON document,
/// pretty-printed.
class DetailPanel : public QFrame
{
    Q_OBJECT

public:
    struct Field
    {
        QString label;
        QString value;
    };

    explicit DetailPanel(QWidget *parent = nullptr);

    /// No row: a hint instead of fields.
    void showPlaceholder(const QString &text);
    void showFields(const QString &title, const QList<Field> &fields);
    /// A line with a link under the fields; empty text hides it.
    void setLink(const QString &text);
    /// JSON under the fields, indented; empty text hides it.
    void setJson(const QString &label, const QString &json);

    QString title() const;
    /// The value shown for a field label, empty if there is none (tests, accessibility).
    QString fieldValue(const QString &label) const;
    QString jsonText() const;
    QString linkText() const;

Q_SIGNALS:
    void linkActivated();

private:
    QLabel *m_title;
    QLabel *m_placeholder;
    QWidget *m_fieldsBox;
    QFormLayout *m_fields;
    QLabel *m_link;
    QLabel *m_jsonLabel;
    QPlainTextEdit *m_json;
};

} // namespace dicedesk
