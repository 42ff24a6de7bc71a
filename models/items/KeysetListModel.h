#pragma once

#include "backend/BackendError.h"
#include "backend/CancelToken.h"
#include "backend/Result.h"
#include "domain/Paging.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QList>
#include <memory>

class QTimer;

namespace dicedesk {

/// The rows of one page, as the subclass stores them; the base only counts them.
class KeysetRowBlock
{
public:
    virtual ~KeysetRowBlock() = default;
    virtual int size() const = 0;
};

/// A newest-first list of any length (ten million rows) read page by page through
/// canFetchMore()/fetchMore(), with bounded memory.
///
/// - Each fetchMore() asks the backend for one keyset page after the last row shown. While a
///   page is on its way the list ends in one "Loading…" row; when it failed, that row holds
///   the translated error instead, and the next fetchMore() tries again (canFetchMore() is
///   false then, so a view never retries on its own). A page that arrives turns the loading
///   row into its first row and inserts the rest after it: paging never removes a row, which
///   a view's header would pay for in proportion to the whole list.
/// - Only a small index is kept per page (where it starts and how many rows it holds) and the
///   rows of at most cachedPageLimit() pages, least recently used first out; the first page
///   stays. A row whose page was dropped reads as a placeholder and its page is fetched again
///   from its stored start: pages of an append-only newest-first list never change.
/// - reset() cancels what is in flight (the server cancels the query) and drops answers that
///   arrive later, so a new filter never shows an old page.
///
/// Subclasses derive from KeysetListModelOf<Row>, which supplies the typed hooks.
class KeysetListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    /// What a row is: data, or one of the rows the list shows while it works.
    enum class RowKind
    {
        Data,
        Pending, ///< its page was dropped from memory and is being fetched again
        Loading, ///< the extra last row while the next page loads
        Error,   ///< the extra last row after a page failed
    };
    Q_ENUM(RowKind)

    enum ListRole
    {
        RowKindRole = Qt::UserRole + 1, ///< RowKind, as int
        IdRole,                         ///< QUuid of the row
        TenantIdRole,                   ///< QUuid
        UserIdRole,                     ///< QUuid of the user the row is about
        UserNameRole,                   ///< QString, that user's name
        TenantNameRole,                 ///< QString
        CreatedAtRole,                  ///< QDateTime, UTC
        FirstSubclassRole = Qt::UserRole + 32
    };
    Q_ENUM(ListRole)

    static constexpr int kDefaultFirstPageSize = 200;
    static constexpr int kDefaultLaterPageSize = 1000;
    static constexpr int kDefaultCachedPageLimit = 32;

    explicit KeysetListModel(QObject *parent = nullptr);
    ~KeysetListModel() override;

    /// Rows asked for by the first page and by every later one.
    void setPageSizes(int firstPage, int laterPages);
    int firstPageSize() const { return m_firstPageSize; }
    int laterPageSize() const { return m_laterPageSize; }
    /// Pages whose rows stay in memory (at least 2); the rest keep only their index.
    void setCachedPageLimit(int pages);
    int cachedPageLimit() const { return m_cachedPageLimit; }
    int cachedPageCount() const { return static_cast<int>(m_cache.size()); }
    /// Pages fetched so far (the index, not the rows).
    int pageCount() const { return static_cast<int>(m_pages.size()); }

    /// Rows fetched so far (without the loading or error row).
    int loadedCount() const { return m_loaded; }
    /// The planner's estimate from the first page, never less than what is loaded; exact once
    /// the end is reached; -1 before the first page.
    qint64 estimatedTotal() const;
    bool isAtEnd() const { return m_atEnd; }
    /// A page (the next one, or a dropped one fetched again) is on its way.
    bool isLoading() const;
    /// Why the last page failed (shown in the error row); kind None unless it did.
    const BackendError &tailError() const { return m_tailError; }
    RowKind rowKind(int row) const;
    /// The row whose IdRole is @p id among the pages in memory, or -1 (nothing is fetched).
    int cachedRowOf(const QUuid &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

    /// The language changed: views fetch the header and the visible rows again.
    void retranslate();

    /// Date and time in the user's locale and time zone, with seconds.
    static QString formatTime(const QDateTime &utc);

public Q_SLOTS:
    /// Cancels the pages in flight; the server stops the query. The list keeps what it has
    /// and shows the cancellation in its error row; fetchMore() continues.
    void cancel();
    /// Forgets every row and cancels what is in flight; the next fetchMore() starts at the top.
    void reset();

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// A page arrived, or the list was reset: loadedCount(), estimatedTotal() or isAtEnd()
    /// may have changed.
    void countsChanged();
    /// A page could not be fetched (kind Cancelled after cancel()).
    void fetchFailed(const dicedesk::BackendError &error);

protected:
    /// One page as the subclass hands it over.
    struct FetchedPage
    {
        std::shared_ptr<const KeysetRowBlock> rows;
        KeysetCursor next;
        bool atEnd = false;
        qint64 estimatedTotal = -1;
    };

    /// Starts fetching @p limit rows after @p after (null: the first page). Called on this
    /// model's thread; the future may resolve on any thread.
    virtual QFuture<Result<FetchedPage>> fetchPage(const KeysetCursor &after, int limit,
                                                   CancelToken cancel) = 0;
    /// Data of row @p offset of a page the subclass fetched.
    virtual QVariant blockData(const KeysetRowBlock &rows, int offset, int column,
                               int role) const = 0;
    /// The rows of the page holding @p row if they are in memory, else null (and the page is
    /// fetched again); @p offset receives the row's place in the page.
    const KeysetRowBlock *blockFor(int row, int *offset) const;

private:
    enum class Tail
    {
        Idle,
        Loading,
        Failed
    };

    /// The index of one fetched page: enough to fetch it again.
    struct PageSlot
    {
        KeysetCursor start; ///< the cursor it was fetched after (null for the first page)
        int firstRow = 0;
        int count = 0;
    };

    struct CachedPage
    {
        std::shared_ptr<const KeysetRowBlock> rows;
        quint64 lastUsed = 0;
    };

    /// Marks a stretch in which this model notifies; fetchMore() called from a slot of one
    /// of its signals then waits for the next event-loop turn instead of nesting a change
    /// inside another (views and QAbstractItemModelTester call it from any signal).
    struct Notifying
    {
        explicit Notifying(int &depth)
            : m_depth(depth)
        {
            ++m_depth;
        }
        ~Notifying() { --m_depth; }
        Notifying(const Notifying &) = delete;
        Notifying &operator=(const Notifying &) = delete;

    private:
        int &m_depth;
    };

    int pageOf(int row) const;
    void startTailFetch();
    void tailArrived(quint64 request, const Result<FetchedPage> &result);
    void failTail(const BackendError &error);
    void requestRefetch(int page) const;
    void startRefetches();
    void refetchArrived(quint64 request, int page, const Result<FetchedPage> &result);
    void storePage(int page, std::shared_ptr<const KeysetRowBlock> rows);
    void trimCache();
    void emitRowsChanged(int firstRow, int lastRow);
    void emitPageChanged(int page);
    void syncLoading();

    int m_firstPageSize = kDefaultFirstPageSize;
    int m_laterPageSize = kDefaultLaterPageSize;
    int m_cachedPageLimit = kDefaultCachedPageLimit;

    QList<PageSlot> m_pages;
    mutable QHash<int, CachedPage> m_cache;
    mutable quint64 m_useClock = 0;
    int m_loaded = 0;
    KeysetCursor m_next;
    bool m_atEnd = false;
    qint64 m_estimate = -1;

    /// A page on its way: how to cancel it and which request it answers.
    struct InFlight
    {
        CancelToken cancel;
        quint64 request = 0;
    };

    Tail m_tail = Tail::Idle;
    InFlight m_tailFetch;
    BackendError m_tailError;

    mutable QList<int> m_wantedPages; ///< dropped pages a view asked for, newest last
    QTimer *m_refetchTimer;           ///< starts the wanted refetches once per event-loop turn
    QTimer *m_deferredFetch;          ///< a fetchMore() asked for while notifying
    QHash<int, InFlight> m_refetching;
    QList<int> m_failedPages; ///< not asked for again until the next fetchMore()

    /// Every request gets a number; an answer counts only while its number is current, so
    /// answers from before a reset() or cancel() are dropped.
    quint64 m_lastRequest = 0;
    bool m_reportedLoading = false;
    int m_notifying = 0;
};

/// The typed half: a subclass names its row type, fetches typed pages and formats one row.
template<typename Row> class KeysetListModelOf : public KeysetListModel
{
public:
    using KeysetListModel::KeysetListModel;

    /// The row if its page is in memory, else null (and the page is fetched again).
    const Row *rowAt(int row) const
    {
        int offset = 0;
        const auto *block = static_cast<const Rows *>(blockFor(row, &offset));
        return block && offset < block->rows.size() ? &block->rows.at(offset) : nullptr;
    }

protected:
    virtual QFuture<Result<Page<Row>>> fetchRows(const KeysetCursor &after, int limit,
                                                 CancelToken cancel) = 0;
    /// Data of one loaded row (roles of the base included, except RowKindRole).
    virtual QVariant rowData(const Row &row, int column, int role) const = 0;

private:
    struct Rows : KeysetRowBlock
    {
        QList<Row> rows;
        int size() const override { return static_cast<int>(rows.size()); }
    };

    QFuture<Result<FetchedPage>> fetchPage(const KeysetCursor &after, int limit,
                                           CancelToken cancel) final
    {
        // Runs where the backend resolves its future; it only wraps the shared row list.
        return fetchRows(after, limit, cancel).then([](const Result<Page<Row>> &result) {
            if (!result.ok())
                return Result<FetchedPage>(result.error());
            auto rows = std::make_shared<Rows>();
            rows->rows = result.value().rows;
            FetchedPage page;
            page.rows = std::move(rows);
            page.next = result.value().next;
            page.atEnd = result.value().atEnd;
            page.estimatedTotal = result.value().estimatedTotal;
            return Result<FetchedPage>(std::move(page));
        });
    }

    QVariant blockData(const KeysetRowBlock &rows, int offset, int column, int role) const final
    {
        const auto &typed = static_cast<const Rows &>(rows);
        return offset < typed.rows.size() ? rowData(typed.rows.at(offset), column, role)
                                          : QVariant();
    }
};

} // namespace dicedesk
