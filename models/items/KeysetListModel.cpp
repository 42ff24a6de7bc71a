#include "KeysetListModel.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimer>
#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcKeysetList, "dicedesk.models.keyset", QtInfoMsg)

namespace dicedesk {

namespace {

/// Dropped pages fetched again at the same time (the backend runs one query at a time anyway).
constexpr int kMaxRefetches = 2;

} // namespace

KeysetListModel::KeysetListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_refetchTimer(new QTimer(this))
    , m_deferredFetch(new QTimer(this))
{
    m_refetchTimer->setSingleShot(true);
    m_refetchTimer->setInterval(0);
    connect(m_refetchTimer, &QTimer::timeout, this, &KeysetListModel::startRefetches);
    m_deferredFetch->setSingleShot(true);
    m_deferredFetch->setInterval(0);
    connect(m_deferredFetch, &QTimer::timeout, this, [this] { fetchMore({}); });
}

KeysetListModel::~KeysetListModel()
{
    // A cancelled call may answer at once; with no request current, the answer is dropped.
    InFlight tail = std::exchange(m_tailFetch, {});
    auto refetching = std::exchange(m_refetching, {});
    if (m_tail == Tail::Loading)
        tail.cancel.cancel();
    for (InFlight &fetch : refetching)
        fetch.cancel.cancel();
}

void KeysetListModel::setPageSizes(int firstPage, int laterPages)
{
    m_firstPageSize = std::max(1, firstPage);
    m_laterPageSize = std::max(1, laterPages);
}

void KeysetListModel::setCachedPageLimit(int pages)
{
    m_cachedPageLimit = std::max(2, pages);
    trimCache();
}

qint64 KeysetListModel::estimatedTotal() const
{
    if (m_atEnd)
        return m_loaded;
    if (m_pages.isEmpty() && m_estimate < 0)
        return -1;
    return std::max<qint64>(m_estimate, m_loaded);
}

bool KeysetListModel::isLoading() const
{
    return m_tail == Tail::Loading || !m_refetching.isEmpty();
}

KeysetListModel::RowKind KeysetListModel::rowKind(int row) const
{
    return static_cast<RowKind>(data(index(row, 0), RowKindRole).toInt());
}

int KeysetListModel::cachedRowOf(const QUuid &id) const
{
    for (auto it = m_cache.cbegin(); it != m_cache.cend(); ++it) {
        const PageSlot &slot = m_pages.at(it.key());
        for (int offset = 0; offset < it->rows->size(); ++offset) {
            if (blockData(*it->rows, offset, 0, IdRole).toUuid() == id)
                return slot.firstRow + offset;
        }
    }
    return -1;
}

int KeysetListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_loaded + (m_tail == Tail::Idle ? 0 : 1);
}

QVariant KeysetListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool firstColumn = index.column() == 0;
    if (row >= m_loaded) {
        // The extra last row: loading, or why the last page failed.
        const bool failed = m_tail == Tail::Failed;
        switch (role) {
        case RowKindRole:
            return static_cast<int>(failed ? RowKind::Error : RowKind::Loading);
        case Qt::DisplayRole:
            if (!firstColumn)
                return {};
            return failed ? m_tailError.userMessage() : tr("Loading…");
        case Qt::ToolTipRole:
            return failed ? m_tailError.userMessage() : tr("Loading the next rows…");
        default:
            return {};
        }
    }
    int offset = 0;
    const KeysetRowBlock *rows = blockFor(row, &offset);
    if (!rows) {
        const bool failed = m_failedPages.contains(pageOf(row));
        switch (role) {
        case RowKindRole:
            return static_cast<int>(RowKind::Pending);
        case Qt::DisplayRole:
            if (!firstColumn)
                return {};
            //: A row whose data is being fetched again, or could not be
            return failed ? tr("Not loaded") : tr("Loading…");
        default:
            return {};
        }
    }
    if (role == RowKindRole)
        return static_cast<int>(RowKind::Data);
    return blockData(*rows, offset, index.column(), role);
}

Qt::ItemFlags KeysetListModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (index.row() >= m_loaded)
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

bool KeysetListModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while failed: a view would retry at once, forever. fetchMore() itself retries.
    return !parent.isValid() && m_tail == Tail::Idle && !m_atEnd;
}

void KeysetListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    if (m_notifying > 0) {
        m_deferredFetch->start();
        return;
    }
    const Notifying notifying(m_notifying);
    // Dropped pages that failed to come back may be asked for again.
    const QList<int> failedPages = std::exchange(m_failedPages, {});
    for (int page : failedPages)
        emitPageChanged(page);
    if (m_tail == Tail::Loading)
        return;
    if (m_tail == Tail::Failed || !m_atEnd)
        startTailFetch();
}

QHash<int, QByteArray> KeysetListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RowKindRole, "rowKind");
    names.insert(IdRole, "id");
    names.insert(TenantIdRole, "tenantId");
    names.insert(UserIdRole, "userId");
    names.insert(UserNameRole, "userName");
    names.insert(TenantNameRole, "tenantName");
    names.insert(CreatedAtRole, "createdAt");
    return names;
}

void KeysetListModel::retranslate()
{
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    emitRowsChanged(0, rowCount() - 1);
}

QString KeysetListModel::formatTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    // The locale's short date and its time with seconds, without the zone name: every time
    // in the list is in the user's own zone. The format is worked out once per locale.
    thread_local QString formatLocale;
    thread_local QString format;
    const QLocale locale;
    if (formatLocale != locale.bcp47Name() || format.isEmpty()) {
        static const QRegularExpression zone(QStringLiteral("\\s*\\bt+\\b\\s*"));
        QString timeFormat = locale.timeFormat(QLocale::LongFormat);
        timeFormat.remove(zone);
        format = locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + timeFormat.trimmed();
        formatLocale = locale.bcp47Name();
    }
    return locale.toString(utc.toLocalTime(), format);
}

void KeysetListModel::cancel()
{
    const Notifying notifying(m_notifying);
    if (m_tail == Tail::Loading) {
        // The answer to this request no longer counts, whatever it brings.
        InFlight tail = std::exchange(m_tailFetch, {});
        tail.cancel.cancel();
        qCInfo(lcKeysetList) << "cancelled loading the next page";
        failTail(
            BackendError(BackendError::Kind::Cancelled, QStringLiteral("cancelled from the list")));
    }
    auto refetching = std::exchange(m_refetching, {});
    for (auto it = refetching.begin(); it != refetching.end(); ++it) {
        it->cancel.cancel();
        if (!m_failedPages.contains(it.key()))
            m_failedPages.append(it.key());
        emitPageChanged(it.key());
    }
    m_wantedPages.clear();
    syncLoading();
}

void KeysetListModel::reset()
{
    const Notifying notifying(m_notifying);
    m_deferredFetch->stop();
    const bool wasLoading = m_tail == Tail::Loading;
    InFlight tail = std::exchange(m_tailFetch, {});
    auto refetching = std::exchange(m_refetching, {});
    beginResetModel();
    m_pages.clear();
    m_cache.clear();
    m_loaded = 0;
    m_next = {};
    m_atEnd = false;
    m_estimate = -1;
    m_tail = Tail::Idle;
    m_tailError = {};
    m_wantedPages.clear();
    m_failedPages.clear();
    endResetModel();
    // Cancel only now: a cancelled call may answer at once, and must find nothing to change.
    if (wasLoading)
        tail.cancel.cancel();
    for (InFlight &fetch : refetching)
        fetch.cancel.cancel();
    Q_EMIT countsChanged();
    syncLoading();
}

const KeysetRowBlock *KeysetListModel::blockFor(int row, int *offset) const
{
    if (row < 0 || row >= m_loaded)
        return nullptr;
    const int page = pageOf(row);
    const auto cached = m_cache.find(page);
    if (cached == m_cache.end()) {
        requestRefetch(page);
        return nullptr;
    }
    cached->lastUsed = ++m_useClock;
    if (offset)
        *offset = row - m_pages.at(page).firstRow;
    return cached->rows.get();
}

int KeysetListModel::pageOf(int row) const
{
    const auto after =
        std::upper_bound(m_pages.cbegin(), m_pages.cend(), row,
                         [](int r, const PageSlot &page) { return r < page.firstRow; });
    return static_cast<int>(after - m_pages.cbegin()) - 1;
}

void KeysetListModel::startTailFetch()
{
    const bool hadExtraRow = m_tail != Tail::Idle;
    if (!hadExtraRow)
        beginInsertRows({}, m_loaded, m_loaded);
    m_tail = Tail::Loading;
    m_tailError = {};
    m_tailFetch = InFlight{CancelToken(), ++m_lastRequest};
    const quint64 request = m_tailFetch.request;
    if (!hadExtraRow)
        endInsertRows();
    else
        emitRowsChanged(m_loaded, m_loaded);
    if (m_tail != Tail::Loading || m_tailFetch.request != request)
        return; // a listener reset or cancelled meanwhile

    const int limit = m_pages.isEmpty() ? m_firstPageSize : m_laterPageSize;
    qCDebug(lcKeysetList) << "fetching" << limit << "rows after row" << m_loaded;
    fetchPage(m_next, limit, m_tailFetch.cancel)
        .then(this,
              [this, request](const Result<FetchedPage> &result) { tailArrived(request, result); });
    syncLoading();
}

void KeysetListModel::tailArrived(quint64 request, const Result<FetchedPage> &result)
{
    if (request != m_tailFetch.request || m_tail != Tail::Loading)
        return; // reset or cancelled meanwhile: an answer to a question nobody asks any more
    const Notifying notifying(m_notifying);
    m_tailFetch = {};
    if (!result.ok()) {
        failTail(result.error());
        return;
    }
    const FetchedPage &page = result.value();
    const int count = page.rows ? page.rows->size() : 0;
    if (m_pages.isEmpty())
        m_estimate = page.estimatedTotal;
    const KeysetCursor start = m_next;
    m_next = page.next;
    m_atEnd = page.atEnd || page.next.isNull();
    if (count > 0) {
        // The loading row becomes the page's first row and the rest goes in after it. No row
        // is removed: a view's header pays for a removal in proportion to the whole list.
        const int first = m_loaded;
        m_pages.append(PageSlot{start, first, count});
        storePage(static_cast<int>(m_pages.size()) - 1, page.rows);
        m_loaded = first + 1;
        m_tail = Tail::Idle;
        emitRowsChanged(first, first);
        if (count > 1) {
            beginInsertRows({}, first + 1, first + count - 1);
            m_loaded = first + count;
            endInsertRows();
        }
    } else {
        beginRemoveRows({}, m_loaded, m_loaded);
        m_tail = Tail::Idle;
        endRemoveRows();
    }
    Q_EMIT countsChanged();
    syncLoading();
}

void KeysetListModel::failTail(const BackendError &error)
{
    m_tail = Tail::Failed;
    m_tailError = error;
    if (error.kind() == BackendError::Kind::Cancelled)
        qCInfo(lcKeysetList) << "page cancelled after row" << m_loaded;
    else
        qCWarning(lcKeysetList) << "page after row" << m_loaded << "failed:" << error.detail();
    syncLoading();
    Q_EMIT fetchFailed(error);
    if (m_tail == Tail::Failed)
        emitRowsChanged(m_loaded, m_loaded);
}

void KeysetListModel::requestRefetch(int page) const
{
    if (page <= 0 || m_refetching.contains(page) || m_failedPages.contains(page))
        return;
    m_wantedPages.removeOne(page);
    m_wantedPages.append(page);
    // Only the pages asked for most recently matter: a view scrolled past the others.
    while (m_wantedPages.size() > m_cachedPageLimit)
        m_wantedPages.removeFirst();
    m_refetchTimer->start();
}

void KeysetListModel::startRefetches()
{
    const Notifying notifying(m_notifying);
    while (m_refetching.size() < kMaxRefetches && !m_wantedPages.isEmpty()) {
        const int page = m_wantedPages.takeLast();
        if (page >= m_pages.size() || m_cache.contains(page) || m_refetching.contains(page))
            continue;
        const PageSlot slot = m_pages.at(page);
        const InFlight fetch{CancelToken(), ++m_lastRequest};
        m_refetching.insert(page, fetch);
        qCDebug(lcKeysetList) << "fetching dropped page" << page << "again";
        fetchPage(slot.start, slot.count, fetch.cancel)
            .then(this, [this, page, request = fetch.request](const Result<FetchedPage> &result) {
                refetchArrived(request, page, result);
            });
    }
    syncLoading();
}

void KeysetListModel::refetchArrived(quint64 request, int page, const Result<FetchedPage> &result)
{
    const auto fetch = m_refetching.constFind(page);
    if (fetch == m_refetching.cend() || fetch->request != request)
        return; // reset or cancelled meanwhile
    const Notifying notifying(m_notifying);
    m_refetching.erase(fetch);
    if (!result.ok()) {
        qCWarning(lcKeysetList) << "fetching page" << page
                                << "again failed:" << result.error().detail();
        if (!m_failedPages.contains(page))
            m_failedPages.append(page);
        syncLoading();
        Q_EMIT fetchFailed(result.error());
        emitPageChanged(page);
        return;
    }
    const int count = result.value().rows ? result.value().rows->size() : 0;
    if (count != m_pages.at(page).count) {
        // Only if rows were backdated into the past: show what is there now.
        qCWarning(lcKeysetList) << "page" << page << "came back with" << count << "rows instead of"
                                << m_pages.at(page).count;
    }
    storePage(page, result.value().rows);
    emitPageChanged(page);
    if (!m_wantedPages.isEmpty())
        m_refetchTimer->start();
    syncLoading();
}

void KeysetListModel::storePage(int page, std::shared_ptr<const KeysetRowBlock> rows)
{
    m_cache.insert(page, CachedPage{std::move(rows), ++m_useClock});
    trimCache();
}

void KeysetListModel::trimCache()
{
    // Least recently used out; the first page stays: fetched again from the top, it would
    // also hold rows added since.
    while (m_cache.size() > m_cachedPageLimit) {
        auto oldest = m_cache.end();
        for (auto it = m_cache.begin(); it != m_cache.end(); ++it) {
            if (it.key() != 0 && (oldest == m_cache.end() || it->lastUsed < oldest->lastUsed))
                oldest = it;
        }
        m_cache.erase(oldest);
    }
}

void KeysetListModel::emitRowsChanged(int firstRow, int lastRow)
{
    lastRow = std::min(lastRow, rowCount() - 1);
    if (firstRow < 0 || firstRow > lastRow)
        return;
    Q_EMIT dataChanged(index(firstRow, 0), index(lastRow, columnCount() - 1));
}

void KeysetListModel::emitPageChanged(int page)
{
    if (page < 0 || page >= m_pages.size())
        return;
    const PageSlot &slot = m_pages.at(page);
    emitRowsChanged(slot.firstRow, slot.firstRow + slot.count - 1);
}

void KeysetListModel::syncLoading()
{
    const bool loading = isLoading();
    if (loading == m_reportedLoading)
        return;
    m_reportedLoading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace dicedesk
