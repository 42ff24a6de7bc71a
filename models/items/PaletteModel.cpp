#include "PaletteModel.h"

#include "PaletteMatcher.h"
#include "backend/Backend.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <algorithm>

namespace dicedesk {

namespace {

Q_LOGGING_CATEGORY(lcPalette, "dicedesk.models.palette", QtInfoMsg)

constexpr PaletteTarget::Kind kSectionOrder[] = {
    PaletteTarget::Kind::Pane, PaletteTarget::Kind::Action, PaletteTarget::Kind::User,
    PaletteTarget::Kind::Achievement, PaletteTarget::Kind::Request};

PaletteTarget::Kind kindOf(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::User:
        return PaletteTarget::Kind::User;
    case SearchHit::Kind::Achievement:
        return PaletteTarget::Kind::Achievement;
    case SearchHit::Kind::Request:
        return PaletteTarget::Kind::Request;
    }
    return PaletteTarget::Kind::User;
}

bool isLocalKind(PaletteTarget::Kind kind)
{
    return kind == PaletteTarget::Kind::Pane || kind == PaletteTarget::Kind::Action;
}

/// The text without control characters (NUL, tabs, line breaks become nothing or a blank).
QString withoutControls(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        if (c.isNull())
            continue;
        clean += c.category() == QChar::Other_Control ? QLatin1Char(' ') : c;
    }
    return clean;
}

/// True if a shown database hit still fits the text typed since it was found.
bool stillFits(const SearchHit &hit, const QString &foldedTerm)
{
    return PaletteMatcher::fold(hit.title).contains(foldedTerm) ||
           PaletteMatcher::fold(hit.subtitle).contains(foldedTerm) ||
           hit.id.toString(QUuid::WithoutBraces).startsWith(foldedTerm);
}

} // namespace

PaletteModel::PaletteModel(Backend *backend, QObject *parent)
    : QAbstractListModel(parent)
    , m_backend(backend)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(120);
    connect(&m_debounce, &QTimer::timeout, this, &PaletteModel::startSearch);
}

PaletteModel::~PaletteModel()
{
    ++m_generation; // a cancelled answer may be delivered at once, from cancel() itself
    m_cancel.cancel();
}

void PaletteModel::cancelSearch()
{
    // First a new generation, then the cancel: a continuation on this thread runs inside
    // cancel(), and must already count as stale.
    ++m_generation;
    m_cancel.cancel();
    m_cancel = CancelToken();
}

void PaletteModel::setLocalEntries(const QList<PaletteEntry> &entries)
{
    m_local = entries;
    rebuild(true);
}

void PaletteModel::setScope(const TenantScope &scope)
{
    m_scope = scope;
    // Hits of another scope must not linger: drop them and ask again if a search shows.
    cancelSearch();
    m_hits.clear();
    m_error = {};
    if (wantsDatabase()) {
        setSearching(true);
        m_debounce.start();
    } else {
        m_debounce.stop();
        setSearching(false);
    }
    rebuild();
}

void PaletteModel::setQuery(const QString &text)
{
    if (text == m_query)
        return;
    m_query = text;
    const QString oldTerm = m_term;
    const Filter oldFilter = m_filter;
    parseQuery();
    if (m_term == oldTerm && m_filter == oldFilter)
        return;

    // Whatever is in flight answers an older text now.
    cancelSearch();
    m_error = {};
    if (wantsDatabase()) {
        const QString folded = PaletteMatcher::fold(m_term);
        m_hits.removeIf([&folded](const SearchHit &hit) { return !stillFits(hit, folded); });
        setSearching(true);
        m_debounce.start();
    } else {
        m_hits.clear();
        m_debounce.stop();
        setSearching(false);
    }
    rebuild();
}

void PaletteModel::setMaxPerKind(int count)
{
    m_maxPerKind = std::clamp(count, 1, 50);
    rebuild();
}

void PaletteModel::setDebounceInterval(int milliseconds)
{
    m_debounce.setInterval(std::max(0, milliseconds));
}

void PaletteModel::parseQuery()
{
    QString text = withoutControls(m_query).trimmed();
    m_filter = Filter::Everything;
    if (!text.isEmpty()) {
        switch (text.front().unicode()) {
        case '>':
            m_filter = Filter::ActionsOnly;
            break;
        case '@':
            m_filter = Filter::UsersOnly;
            break;
        case '#':
            m_filter = Filter::RequestsOnly;
            break;
        default:
            break;
        }
        if (m_filter != Filter::Everything)
            text.remove(0, 1);
    }
    m_term = text.simplified();
    m_tooLong = m_term.size() > kMaxSearchLength;
}

bool PaletteModel::wantsDatabase() const
{
    return m_backend && !m_term.isEmpty() && !m_tooLong && m_filter != Filter::ActionsOnly;
}

bool PaletteModel::shows(PaletteTarget::Kind kind) const
{
    switch (m_filter) {
    case Filter::Everything:
        return true;
    case Filter::ActionsOnly:
        return kind == PaletteTarget::Kind::Action;
    case Filter::UsersOnly:
        return kind == PaletteTarget::Kind::User;
    case Filter::RequestsOnly:
        return kind == PaletteTarget::Kind::Request;
    }
    return false;
}

void PaletteModel::startSearch()
{
    if (!wantsDatabase()) {
        setSearching(false);
        return;
    }
    SearchQuery query;
    query.text = m_term;
    query.scope = m_scope;
    query.limitPerKind = m_maxPerKind;
    const int generation = m_generation;
    qCDebug(lcPalette) << "search" << generation << "for" << m_term.size() << "characters";
    m_backend->search(query, m_cancel)
        .then(this, [this, generation](const Result<QList<SearchHit>> &result) {
            if (result.ok())
                onSearchAnswer(generation, result.value(), {});
            else
                onSearchAnswer(generation, {}, result.error());
        });
    Q_EMIT searchStarted(generation);
}

void PaletteModel::onSearchAnswer(int generation, const QList<SearchHit> &hits,
                                  const BackendError &error)
{
    if (generation != m_generation) {
        ++m_staleAnswers;
        qCDebug(lcPalette) << "dropped the answer to search" << generation << "; newest is"
                           << m_generation;
        return;
    }
    setSearching(false);
    if (error.isError()) {
        if (error.kind() == BackendError::Kind::Cancelled)
            return;
        qCWarning(lcPalette) << "search failed:" << error.detail();
        m_hits.clear();
        m_error = error;
    } else {
        m_hits = hits;
        m_error = {};
    }
    rebuild();
    Q_EMIT searchFinished(generation);
}

void PaletteModel::setSearching(bool searching)
{
    if (m_searching == searching)
        return;
    m_searching = searching;
    Q_EMIT searchingChanged(searching);
}

void PaletteModel::retranslate()
{
    rebuild(true);
}

void PaletteModel::rebuild(bool force)
{
    QList<Row> rows;
    for (const PaletteTarget::Kind kind : kSectionOrder) {
        if (!shows(kind))
            continue;
        QList<Row> entries;
        if (isLocalKind(kind))
            appendLocal(entries, kind);
        else
            appendHits(entries, kind);
        if (entries.isEmpty())
            continue;
        Row header;
        header.type = RowType::Header;
        header.section = kind;
        header.target.title = sectionTitle(kind);
        rows.append(header);
        rows.append(entries);
    }
    if (m_error.isError()) {
        Row error;
        error.type = RowType::Error;
        error.target.title = m_error.userMessage();
        error.iconPath = QStringLiteral(":/icons/warning.svg");
        rows.append(error);
    }

    const auto same = [](const Row &a, const Row &b) {
        return a.type == b.type && a.section == b.section && a.target == b.target &&
               a.subtitle == b.subtitle && a.shortcut == b.shortcut && a.iconPath == b.iconPath &&
               a.decoration.isValid() == b.decoration.isValid();
    };
    if (!force && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), m_rows.cend(), same))
        return; // nothing changed: keep the view's current row
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void PaletteModel::appendLocal(QList<Row> &rows, PaletteTarget::Kind kind) const
{
    struct Scored
    {
        int score;
        const PaletteEntry *entry;
    };
    QList<Scored> matches;
    for (const PaletteEntry &entry : m_local) {
        if (entry.kind != kind)
            continue;
        if (m_term.isEmpty()) {
            matches.append({PaletteMatcher::TitlePrefix, &entry});
            continue;
        }
        const int score = PaletteMatcher::score(m_term, entry.title, entry.keywords);
        if (score > PaletteMatcher::NoMatch)
            matches.append({score, &entry});
    }
    std::stable_sort(matches.begin(), matches.end(),
                     [](const Scored &a, const Scored &b) { return a.score > b.score; });
    if (!m_term.isEmpty() && matches.size() > m_maxPerKind)
        matches.resize(m_maxPerKind);
    for (const Scored &match : std::as_const(matches)) {
        Row row;
        row.section = kind;
        row.target.kind = kind;
        row.target.id = match.entry->id;
        row.target.title = match.entry->title;
        row.subtitle = match.entry->subtitle;
        row.shortcut = match.entry->shortcut;
        row.iconPath = match.entry->iconPath;
        row.decoration = match.entry->decoration;
        rows.append(row);
    }
}

void PaletteModel::appendHits(QList<Row> &rows, PaletteTarget::Kind kind) const
{
    int count = 0;
    for (const SearchHit &hit : m_hits) {
        if (kindOf(hit.kind) != kind || hit.id.isNull())
            continue;
        if (count++ >= m_maxPerKind)
            break;
        rows.append(rowForHit(hit));
    }
}

namespace {

/// Status words from the database, in the user's language.
QString statusText(const QString &status)
{
    if (status == QLatin1String("pending"))
        return PaletteModel::tr("pending");
    if (status == QLatin1String("approved"))
        return PaletteModel::tr("approved");
    if (status == QLatin1String("rejected"))
        return PaletteModel::tr("rejected");
    if (status == QLatin1String("expired"))
        return PaletteModel::tr("expired");
    if (status == QLatin1String("cancelled"))
        return PaletteModel::tr("cancelled");
    //: Achievement status
    if (status == QLatin1String("draft"))
        return PaletteModel::tr("draft");
    //: Achievement status
    if (status == QLatin1String("active"))
        return PaletteModel::tr("active");
    //: Achievement status
    if (status == QLatin1String("archived"))
        return PaletteModel::tr("archived");
    return status;
}

QString awardTypeText(const QString &type)
{
    if (type == QLatin1String("coins"))
        return PaletteModel::tr("coins");
    //: Experience points
    if (type == QLatin1String("xp"))
        return PaletteModel::tr("XP");
    if (type == QLatin1String("achievement"))
        return PaletteModel::tr("achievement");
    return type;
}

const QString kSeparator = QStringLiteral(" · ");

} // namespace

PaletteModel::Row PaletteModel::rowForHit(const SearchHit &hit) const
{
    Row row;
    row.section = kindOf(hit.kind);
    row.target.kind = row.section;
    row.target.id = hit.id.toString(QUuid::WithoutBraces);
    row.target.tenantId = hit.tenantId;
    row.target.title = hit.title;
    row.subtitle = hit.subtitle;
    switch (hit.kind) {
    case SearchHit::Kind::User:
        row.iconPath = QStringLiteral(":/icons/user.svg");
        break;
    case SearchHit::Kind::Achievement: {
        // "key · status"
        const qsizetype at = hit.subtitle.lastIndexOf(kSeparator);
        if (at >= 0) {
            const QString key = hit.subtitle.left(at);
            const QString status = statusText(hit.subtitle.mid(at + kSeparator.size()));
            row.subtitle = key.isEmpty() ? status : key + kSeparator + status;
        }
        break;
    }
    case SearchHit::Kind::Request: {
        // The backend sends raw parts: "600 × 3 coins" and "requester · status · message".
        static const QRegularExpression rawTitle(QStringLiteral("^(-?\\d+) \u00d7 (\\d+) (\\S+)$"));
        const QRegularExpressionMatch match = rawTitle.match(hit.title);
        if (match.hasMatch()) {
            const QLocale locale;
            //: Command palette: an award request; %1 amount, %2 coins/XP/achievement,
            //: %3 how many people it is for. E.g. "600 coins · recipients: 3"
            row.target.title = tr("%1 %2 · recipients: %3")
                                   .arg(locale.toString(match.captured(1).toLongLong()),
                                        awardTypeText(match.captured(3)),
                                        locale.toString(match.captured(2).toLongLong()));
        }
        const qsizetype first = hit.subtitle.indexOf(kSeparator);
        const qsizetype second =
            first < 0 ? -1 : hit.subtitle.indexOf(kSeparator, first + kSeparator.size());
        if (second > first) {
            const QString requester = hit.subtitle.left(first);
            const QString status = statusText(
                hit.subtitle.mid(first + kSeparator.size(), second - first - kSeparator.size()));
            const QString message = hit.subtitle.mid(second + kSeparator.size()).simplified();
            //: Command palette: who asked for an award request and its status
            row.subtitle = tr("%1 · %2").arg(requester, status);
            if (!message.isEmpty())
                row.subtitle += kSeparator + message;
        }
        break;
    }
    }
    return row;
}

QString PaletteModel::sectionTitle(PaletteTarget::Kind kind)
{
    switch (kind) {
    case PaletteTarget::Kind::Pane:
        //: Command palette section header
        return tr("Panes");
    case PaletteTarget::Kind::Action:
        //: Command palette section header
        return tr("Actions");
    case PaletteTarget::Kind::User:
        //: Command palette section header
        return tr("Users");
    case PaletteTarget::Kind::Achievement:
        //: Command palette section header
        return tr("Achievements");
    case PaletteTarget::Kind::Request:
        //: Command palette section header: award requests
        return tr("Requests");
    }
    return {};
}

bool PaletteModel::isSelectable(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).type == RowType::Entry;
}

int PaletteModel::firstSelectableRow() const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (isSelectable(row))
            return row;
    }
    return -1;
}

int PaletteModel::nextSelectableRow(int from, int steps) const
{
    const int first = firstSelectableRow();
    if (first < 0)
        return -1;
    int last = static_cast<int>(m_rows.size()) - 1;
    while (!isSelectable(last))
        --last;
    if (from < 0 || from >= m_rows.size())
        return steps < 0 ? last : first;

    const int direction = steps < 0 ? -1 : 1;
    int remaining = std::abs(steps);
    int row = from;
    if (!isSelectable(row)) {
        // Start from a header: the nearest entry in the direction of travel counts as one step.
        int probe = row;
        while (probe >= 0 && probe < m_rows.size() && !isSelectable(probe))
            probe += direction;
        if (probe < 0 || probe >= m_rows.size())
            return direction < 0 ? first : last;
        row = probe;
        remaining = std::max(0, remaining - 1);
    }
    while (remaining > 0) {
        int probe = row + direction;
        while (probe >= 0 && probe < m_rows.size() && !isSelectable(probe))
            probe += direction;
        if (probe < 0 || probe >= m_rows.size())
            break;
        row = probe;
        --remaining;
    }
    return row;
}

PaletteTarget PaletteModel::targetAt(int row) const
{
    if (!isSelectable(row))
        return {};
    return m_rows.at(row).target;
}

int PaletteModel::rowOf(const PaletteTarget &target) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &candidate = m_rows.at(row);
        if (candidate.type == RowType::Entry && candidate.target.kind == target.kind &&
            candidate.target.id == target.id)
            return row;
    }
    return -1;
}

QList<PaletteTarget> PaletteModel::targets(PaletteTarget::Kind kind) const
{
    QList<PaletteTarget> found;
    for (const Row &row : m_rows) {
        if (row.type == RowType::Entry && row.target.kind == kind)
            found.append(row.target);
    }
    return found;
}

int PaletteModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(m_rows.size());
}

QVariant PaletteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.target.title;
    case Qt::ToolTipRole:
        return row.type == RowType::Entry ? row.subtitle : row.target.title;
    case Qt::AccessibleTextRole:
        if (row.type != RowType::Entry)
            return row.target.title;
        //: Screen-reader text of a palette entry: %1 title, %2 its section ("Users")
        return row.subtitle.isEmpty()
                   ? tr("%1, %2").arg(row.target.title, sectionTitle(row.section))
                   //: Screen-reader text of a palette entry: %1 title, %2 details, %3 section
                   : tr("%1, %2, %3")
                         .arg(row.target.title, row.subtitle, sectionTitle(row.section));
    case Qt::DecorationRole:
        return row.type == RowType::Entry ? row.decoration : QVariant();
    case KindRole:
        if (row.type == RowType::Error)
            return {};
        return QVariant::fromValue(row.section);
    case IdRole:
        return row.target.id;
    case SubtitleRole:
        return row.subtitle;
    case TenantIdRole:
        return QVariant::fromValue(row.target.tenantId);
    case ShortcutRole:
        return row.shortcut;
    case IconPathRole:
        return row.iconPath;
    case RowTypeRole:
        return QVariant::fromValue(row.type);
    case IsHeaderRole:
        return row.type == RowType::Header;
    case SectionRole:
        return row.type == RowType::Error ? QString() : sectionTitle(row.section);
    case TargetRole:
        if (row.type != RowType::Entry)
            return {};
        return QVariant::fromValue(row.target);
    default:
        return {};
    }
}

Qt::ItemFlags PaletteModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (m_rows.at(index.row()).type == RowType::Entry)
        flags |= Qt::ItemIsSelectable;
    return flags;
}

QHash<int, QByteArray> PaletteModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(IdRole, "id");
    names.insert(TitleRole, "title");
    names.insert(SubtitleRole, "subtitle");
    names.insert(TenantIdRole, "tenantId");
    names.insert(ShortcutRole, "shortcut");
    names.insert(IconPathRole, "iconPath");
    names.insert(RowTypeRole, "rowType");
    names.insert(IsHeaderRole, "isHeader");
    names.insert(SectionRole, "section");
    names.insert(TargetRole, "target");
    return names;
}

} // namespace dicedesk
