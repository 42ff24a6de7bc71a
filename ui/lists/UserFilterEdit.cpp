#include "UserFilterEdit.h"

#include "ListLogging.h"
#include "backend/Backend.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

namespace dicedesk {

namespace {

constexpr int kSearchDelayMs = 250;
constexpr int kMinimumSearchLength = 2;

} // namespace

UserFilterEdit::UserFilterEdit(Backend *backend, QWidget *parent)
    : QLineEdit(parent)
    , m_backend(backend)
    , m_completer(new QCompleter(this))
    , m_matches(new QStandardItemModel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("userFilter"));
    setClearButtonEnabled(true);
    m_completer->setModel(m_matches);
    // The server already matched; show its answer as it is.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(UserNameRole);
    m_completer->setWidget(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &UserFilterEdit::search);

    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                setUser(index.data(UserIdRole).toUuid(), index.data(UserNameRole).toString());
            });
    // Typing, and the clear button, edit the text.
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.isEmpty()) {
            m_debounce->stop();
            setUser({}, {});
            return;
        }
        m_debounce->start();
    });
    connect(this, &QLineEdit::returnPressed, this, [this] {
        if (m_completer->popup()->isVisible())
            return;
        if (text().trimmed().isEmpty())
            setUser({}, {});
        else if (m_matches->rowCount() > 0)
            chooseRow(0);
    });
}

void UserFilterEdit::setUser(const QUuid &id, const QString &name)
{
    ++m_searchGeneration;
    m_searchCancel.cancel();
    m_debounce->stop();
    const bool changed = id != m_userId;
    m_userId = id;
    m_userName = id.isNull() ? QString() : name;
    if (text() != m_userName)
        setText(m_userName);
    if (changed) {
        qCInfo(lcListPane) << "user filter" << (id.isNull() ? QStringLiteral("cleared") : name);
        Q_EMIT userChanged(m_userId, m_userName);
    }
}

void UserFilterEdit::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // Text typed but nothing chosen: show the filter that applies.
    if (!m_completer->popup()->isVisible() && text() != m_userName) {
        if (text().isEmpty())
            setUser({}, {});
        else
            setText(m_userName);
    }
}

void UserFilterEdit::search()
{
    const QString typed = text().trimmed();
    if (typed.size() < kMinimumSearchLength || typed == m_userName)
        return;
    m_searchCancel.cancel();
    m_searchCancel = CancelToken();
    const quint64 generation = ++m_searchGeneration;
    SearchQuery query;
    query.text = typed;
    query.scope = m_scope;
    m_backend->search(query, m_searchCancel)
        .then(this, [this, generation](const Result<QList<SearchHit>> &result) {
            if (generation != m_searchGeneration)
                return;
            if (!result.ok()) {
                if (result.error().kind() != BackendError::Kind::Cancelled)
                    qCWarning(lcListPane) << "user search failed:" << result.error().detail();
                return;
            }
            m_matches->clear();
            for (const SearchHit &hit : result.value()) {
                if (hit.kind != SearchHit::Kind::User)
                    continue;
                auto *item = new QStandardItem(hit.subtitle.isEmpty()
                                                   ? hit.title
                                                   //: %1 is a user's name, %2 their e-mail
                                                   : tr("%1 — %2").arg(hit.title, hit.subtitle));
                item->setData(hit.id, UserIdRole);
                item->setData(hit.title, UserNameRole);
                m_matches->appendRow(item);
            }
            if (hasFocus() && m_matches->rowCount() > 0)
                m_completer->complete();
        });
}

void UserFilterEdit::chooseRow(int row)
{
    const QModelIndex index = m_matches->index(row, 0);
    if (index.isValid())
        setUser(index.data(UserIdRole).toUuid(), index.data(UserNameRole).toString());
}

} // namespace dicedesk
