#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace dicedesk {

/// A path typed or chosen with a Browse button: a file (the CA certificate) or a folder
/// (the socket folder).
class PathField : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        File,
        Folder
    };

    explicit PathField(Kind kind, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    void setReadOnly(bool readOnly);
    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *browseButton() const { return m_browse; }
    /// Title of the file dialog, and the accessible names of the parts (from @p what, e.g.
    /// "CA certificate file").
    void setDescription(const QString &what, const QString &dialogTitle);

Q_SIGNALS:
    void pathEdited();

private:
    void browse();

    Kind m_kind;
    QLineEdit *m_edit;
    QToolButton *m_browse;
    QString m_dialogTitle;
};

} // namespace dicedesk
