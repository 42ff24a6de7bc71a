#pragma once

#include "connection/ConnectionProfile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace dicedesk {

class PathField;

/// The settings of one connection profile as a form: name, connection type, host and port
/// or socket folder, database, user, SSL mode and CA file (server connections only),
/// operator mode with the user to act as, the password, and whether the keychain keeps it.
/// Fields that do not apply are disabled rather than hidden, so the form keeps its shape.
class ProfileForm : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileForm(QWidget *parent = nullptr);

    /// Shows @p profile; @p actAsText is the act-as field as last typed (it may not be a
    /// valid id yet). Emits nothing.
    void setProfile(const ConnectionProfile &profile, const QString &actAsText,
                    const QString &password);
    /// Copies the connection fields into @p profile (trimmed), and the act-as field as typed.
    void readInto(ConnectionProfile &profile, QString &actAsText) const;

    QString password() const;
    void setPassword(const QString &password);
    QLineEdit *passwordField() const { return m_password; }
    /// Puts the cursor in the password field with its text selected, to be typed over.
    void focusPassword();
    void focusName();

    /// @p editable: the connection fields can be changed (not a built-in profile, not busy).
    /// @p passwordEnabled: the password can be typed.
    void setEditable(bool editable, bool passwordEnabled);
    /// Whether the keychain can be offered; when not, the box is unticked and disabled and
    /// @p why becomes its tooltip. The profile's own choice is left alone.
    void setRememberAvailable(bool available, const QString &why = {});
    void setRemember(bool remember);

Q_SIGNALS:
    /// A connection field changed by the user (not the password, not "remember").
    void edited();
    void passwordEdited(const QString &password);
    void rememberToggled(bool remember);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateEnabled();

    bool m_loading = false;
    bool m_editable = false;
    bool m_rememberAvailable = true;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_modeLabel;
    QComboBox *m_mode;
    QLabel *m_hostLabel;
    QLineEdit *m_host;
    QLabel *m_portLabel;
    QSpinBox *m_port;
    QLabel *m_socketLabel;
    PathField *m_socketDir;
    QLabel *m_databaseLabel;
    QLineEdit *m_database;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QLabel *m_sslLabel;
    QComboBox *m_sslMode;
    QLabel *m_caLabel;
    PathField *m_caFile;
    QCheckBox *m_operatorMode;
    QLabel *m_actAsLabel;
    QLineEdit *m_actAs;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QCheckBox *m_remember;
};

} // namespace dicedesk
