#pragma once

#include "lists/KeysetListPane.h"

namespace dicedesk {

class LedgerModel;

/// The coin ledger: every entry in scope, newest first, amounts signed (earned positive,
/// spent negative). Filters by user and date; the detail links a reversal to the entry it
/// undoes.
class LedgerPane : public KeysetListPane
{
    Q_OBJECT

public:
    explicit LedgerPane(Backend *backend, QWidget *parent = nullptr);

    QString paneId() const override { return QStringLiteral("ledger"); }
    QString title() const override;
    QIcon icon() const override;

    LedgerModel *ledgerModel() const { return m_ledger; }

protected:
    void applyFilter() override;
    void showDetail(int row) override;
    QString statusFor(qint64 total, int shown, bool exact) const override;
    QString loadingText() const override;
    QString showUserText() const override;

private:
    void showReversedEntry();

    LedgerModel *m_ledger;
    QUuid m_reversalOf; ///< what the entry shown in the detail reverses
};

} // namespace dicedesk
