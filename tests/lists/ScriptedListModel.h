#pragma once

// A KeysetListModel over integers whose pages the test hands out by hand, so loading, errors,
// stale answers and eviction can be driven step by step without a database.
#include "items/KeysetListModel.h"

#include <QPromise>
#include <memory>

namespace dicedesk::test {

class ScriptedListModel : public KeysetListModelOf<int>
{
public:
    /// One page the model asked for and the test has not answered yet.
    struct Request
    {
        KeysetCursor after;
        int limit = 0;
        CancelToken cancel;
        std::shared_ptr<QPromise<Result<Page<int>>>> promise;
    };

    using KeysetListModelOf<int>::KeysetListModelOf;

    /// Row values count down from total - 1 (newest first); the cursor is the last value.
    int total = 100;
    QList<Request> requests;

    static QUuid idOf(int value)
    {
        return QUuid(static_cast<uint>(value + 1), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /// Answers a request with the rows it asked for.
    void answer(int request)
    {
        const Request r = requests.at(request);
        const int start = r.after.isNull() ? total - 1 : r.after.at.toInt() - 1;
        Page<int> page;
        for (int value = start; value >= 0 && page.rows.size() < r.limit; --value)
            page.rows.append(value);
        page.atEnd = page.rows.size() < r.limit;
        if (!page.atEnd)
            page.next = KeysetCursor{QString::number(page.rows.last()), idOf(page.rows.last())};
        page.estimatedTotal = r.after.isNull() ? total : -1;
        r.promise->addResult(Result<Page<int>>(page));
        r.promise->finish();
    }

    void fail(int request, const BackendError &error)
    {
        requests.at(request).promise->addResult(Result<Page<int>>(error));
        requests.at(request).promise->finish();
    }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 2;
    }

protected:
    QFuture<Result<Page<int>>> fetchRows(const KeysetCursor &after, int limit,
                                         CancelToken cancel) override
    {
        Request r{after, limit, cancel, std::make_shared<QPromise<Result<Page<int>>>>()};
        r.promise->start();
        requests.append(r);
        return r.promise->future();
    }

    QVariant rowData(const int &value, int column, int role) const override
    {
        if (role == Qt::DisplayRole)
            return column == 0 ? QString::number(value) : QStringLiteral("row %1").arg(value);
        if (role == IdRole)
            return idOf(value);
        return {};
    }
};

} // namespace dicedesk::test
