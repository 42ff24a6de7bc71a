#pragma once

#include "PaletteEntry.h"
#include "backend/BackendError.h"
#include "backend/CancelToken.h"
#include "domain/SearchHit.h"
#include "domain/Tenant.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>

namespace dicedesk {

class Backend;

/// The command palette's list: the panes and actions the shell registered, matched locally
/// as the user types, and users, achievements and award requests found by Backend::search.
/// Rows are grouped by kind under non-selectable section headers (Panes, Actions, Users,
/// Achievements, Requests); a failed search shows one non-selectable error row.
///
/// The database is asked after a short pause in typing; a newer query cancels the one in
/// flight, and an answer to any query but the newest is dropped. Prefixes narrow the list:
/// ">" actions only, "@" users only, "#" award requests only.
class PaletteModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        KindRole = Qt::UserRole + 1, ///< PaletteTarget::Kind (of the entry, or of the section)
        IdRole,                      ///< QString: pane/action id or the row's uuid
        TitleRole,                   ///< QString
        SubtitleRole,                ///< QString, may be empty
        TenantIdRole,                ///< QUuid, null for panes, actions and global rows
        ShortcutRole,                ///< QString, native shortcut text, may be empty
        IconPathRole,                ///< QString resource path, may be empty
        RowTypeRole,                 ///< PaletteModel::RowType
        IsHeaderRole,                ///< bool
        SectionRole,                 ///< QString, the translated section title of the row
        TargetRole,                  ///< PaletteTarget, invalid for headers and errors
    };
    Q_ENUM(Role)

    enum class RowType
    {
        Entry,
        Header,
        Error,
    };
    Q_ENUM(RowType)

    /// What the typed prefix narrows the list to.
    enum class Filter
    {
        Everything,
        ActionsOnly,  ///< ">"
        UsersOnly,    ///< "@"
        RequestsOnly, ///< "#"
    };
    Q_ENUM(Filter)

    /// Longer search text is not sent to the database (no name is that long).
    static constexpr int kMaxSearchLength = 200;

    explicit PaletteModel(Backend *backend, QObject *parent = nullptr);
    ~PaletteModel() override;

    void setLocalEntries(const QList<PaletteEntry> &entries);
    const QList<PaletteEntry> &localEntries() const { return m_local; }

    /// Which tenants the database search covers; re-runs a search that is showing.
    void setScope(const TenantScope &scope);
    const TenantScope &scope() const { return m_scope; }

    /// What the user typed, prefix included. Local rows update at once; the database is
    /// asked after debounceInterval().
    void setQuery(const QString &text);
    const QString &query() const { return m_query; }
    Filter filter() const { return m_filter; }
    /// The query without its prefix, trimmed, control characters removed.
    const QString &searchText() const { return m_term; }

    void setMaxPerKind(int count);
    int maxPerKind() const { return m_maxPerKind; }
    void setDebounceInterval(int milliseconds);
    int debounceInterval() const { return m_debounce.interval(); }

    /// True while the database is being asked (or about to be, after the pause).
    bool isSearching() const { return m_searching; }
    /// True when the search text is too long to send (see kMaxSearchLength).
    bool isQueryTooLong() const { return m_tooLong; }
    bool hasError() const { return m_error.isError(); }
    /// The number of the newest search asked; answers to older ones are dropped.
    int generation() const { return m_generation; }
    /// How many answers were dropped because a newer search had been asked.
    int staleAnswers() const { return m_staleAnswers; }

    bool isSelectable(int row) const;
    /// The first row that can be picked, or -1.
    int firstSelectableRow() const;
    /// The selectable row @p steps rows away from @p from (negative: up), stopping at the
    /// first/last selectable row; -1 if there is none.
    int nextSelectableRow(int from, int steps) const;
    /// The target of an entry row; invalid for headers, errors and bad rows.
    PaletteTarget targetAt(int row) const;
    /// The row showing @p target (same kind and id), or -1.
    int rowOf(const PaletteTarget &target) const;
    /// The entry rows of one kind, in order (tests, screen readers).
    QList<PaletteTarget> targets(PaletteTarget::Kind kind) const;

    /// The translated title of a section, e.g. "Users".
    static QString sectionTitle(PaletteTarget::Kind kind);

    /// Rebuilds translated texts (headers, formatted request titles) after a language change.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void searchingChanged(bool searching);
    /// The database was asked for search @p generation (after the pause in typing).
    void searchStarted(int generation);
    /// The answer to search @p generation was applied (hits or an error row).
    void searchFinished(int generation);

private:
    struct Row
    {
        RowType type = RowType::Entry;
        PaletteTarget::Kind section = PaletteTarget::Kind::Pane;
        PaletteTarget target;
        QString subtitle;
        QString shortcut;
        QString iconPath;
        QVariant decoration;
    };

    /// Drops the search in flight: its answer, even one delivered at once, is stale.
    void cancelSearch();
    void parseQuery();
    bool wantsDatabase() const;
    bool shows(PaletteTarget::Kind kind) const;
    void startSearch();
    void onSearchAnswer(int generation, const QList<SearchHit> &hits, const BackendError &error);
    void setSearching(bool searching);
    /// Recomputes the rows; resets the model only if they changed (or if @p force).
    void rebuild(bool force = false);
    void appendLocal(QList<Row> &rows, PaletteTarget::Kind kind) const;
    void appendHits(QList<Row> &rows, PaletteTarget::Kind kind) const;
    Row rowForHit(const SearchHit &hit) const;

    QPointer<Backend> m_backend;
    QList<PaletteEntry> m_local;
    QList<SearchHit> m_hits; ///< the newest answer, kept while it still fits the text
    QList<Row> m_rows;
    TenantScope m_scope;
    QString m_query;
    QString m_term;
    Filter m_filter = Filter::Everything;
    QTimer m_debounce;
    CancelToken m_cancel;
    BackendError m_error;
    int m_maxPerKind = 8;
    int m_generation = 0;
    int m_staleAnswers = 0;
    bool m_searching = false;
    bool m_tooLong = false;
};

} // namespace dicedesk
