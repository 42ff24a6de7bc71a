#pragma once

#include "backend/CancelToken.h"
#include "domain/Tenant.h"

#include <QLineEdit>
#include <QUuid>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace dicedesk {

class Backend;

/// Picks one user to filter a list by. Typing asks the backend for matching users (after a
/// short pause, cancelling the previous question); choosing one sets the filter; clearing
/// the text removes it. setUser() sets it from elsewhere (a row's context menu, the command
/// palette).
class UserFilterEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit UserFilterEdit(Backend *backend, QWidget *parent = nullptr);

    void setScope(const TenantScope &scope) { m_scope = scope; }
    /// Sets the filter (a null id clears it); emits userChanged() if it changed.
    void setUser(const QUuid &id, const QString &name);
    QUuid userId() const { return m_userId; }
    QString userName() const { return m_userName; }
    QCompleter *userCompleter() const { return m_completer; }

Q_SIGNALS:
    void userChanged(const QUuid &id, const QString &name);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    enum Role
    {
        UserIdRole = Qt::UserRole + 1,
        UserNameRole,
    };

    void search();
    void chooseRow(int row);

    Backend *m_backend;
    QCompleter *m_completer;
    QStandardItemModel *m_matches;
    QTimer *m_debounce;
    CancelToken m_searchCancel;
    TenantScope m_scope;
    QUuid m_userId;
    QString m_userName;
    quint64 m_searchGeneration = 0;
};

} // namespace dicedesk
