#include "LedgerPane.h"

#include "items/LedgerModel.h"
#include "lists/DetailPanel.h"
#include "theme/ThemedIcon.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>

namespace dicedesk {

LedgerPane::LedgerPane(Backend *backend, QWidget *parent)
    : KeysetListPane(backend, new LedgerModel(backend), QStringLiteral("ledger"), parent)
    , m_ledger(static_cast<LedgerModel *>(listModel()))
{
    setObjectName(QStringLiteral("ledgerPane"));
    connect(detailPanel(), &DetailPanel::linkActivated, this, &LedgerPane::showReversedEntry);
    completeSetup();
}

QString LedgerPane::title() const
{
    return tr("Coin ledger");
}

QIcon LedgerPane::icon() const
{
    return themedIcon(QStringLiteral(":/icons/ledger.svg"));
}

void LedgerPane::applyFilter()
{
    LedgerFilter filter;
    filter.scope = scope();
    filter.userId = userFilter();
    filter.before = before();
    m_ledger->setFilter(filter);
}

void LedgerPane::showDetail(int row)
{
    const std::optional<LedgerEntry> entry = row >= 0 ? m_ledger->entry(row) : std::nullopt;
    m_reversalOf = entry ? entry->reversalOf : QUuid();
    if (!entry) {
        detailPanel()->showPlaceholder(row >= 0 ? tr("Loading…")
                                                : tr("Select an entry to see its details."));
        return;
    }
    //: %1 is a signed amount of coins, e.g. "+100" or "−30"
    detailPanel()->showFields(tr("%1 coins").arg(LedgerModel::formatAmount(entry->signedAmount())),
                              {
                                  {tr("Time"), KeysetListModel::formatTime(entry->createdAt)},
                                  //: The same moment in UTC, as stored
                                  {tr("UTC"), entry->createdAt.toUTC().toString(Qt::ISODateWithMs)},
                                  {tr("Tenant"), entry->tenantName},
                                  {tr("User"), entry->userName},
                                  //: Ledger entry type: coins added to the wallet or taken from it
                                  {tr("Type"), entry->earn ? tr("Earned") : tr("Spent")},
                                  {tr("Reason"), entry->reasonCode},
                                  {tr("Description"), entry->description},
                                  {tr("Source"), entry->source},
                                  {tr("Id"), entry->id.toString(QUuid::WithoutBraces)},
                              });
    detailPanel()->setLink(
        entry->reversalOf.isNull()
            ? QString()
            //: %1 is the id of the ledger entry this one reverses
            : tr("Reverses entry %1").arg(entry->reversalOf.toString(QUuid::WithoutBraces)));
}

void LedgerPane::showReversedEntry()
{
    if (m_reversalOf.isNull())
        return;
    const int row = m_ledger->cachedRowOf(m_reversalOf);
    if (row >= 0) {
        selectRow(row);
        return;
    }
    QGuiApplication::clipboard()->setText(m_reversalOf.toString(QUuid::WithoutBraces));
    showInformation(tr("The reversed entry is further down the list; its id was copied."));
}

QString LedgerPane::statusFor(qint64 total, int shown, bool exact) const
{
    const QLocale locale;
    if (exact)
        //: All ledger entries are in the list; %1 is how many (no plural forms needed)
        return tr("Entries: %1 · all shown").arg(locale.toString(shown));
    //: %1 is the estimated number of ledger entries, %2 how many the list holds so far
    return tr("≈ %1 entries · %2 shown").arg(locale.toString(total), locale.toString(shown));
}

QString LedgerPane::loadingText() const
{
    return tr("Loading ledger entries…");
}

QString LedgerPane::showUserText() const
{
    return tr("Show this user's &entries");
}

} // namespace dicedesk
