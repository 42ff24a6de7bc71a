// `dicedesk-db reconcile` on minimal user_coins/coin_transactions tables in a scratch database;
// runs inside `dicedesk-db sandbox`.

#include "DbToolTestSupport.h"

#include <QElapsedTimer>
#include <QTest>

using dbtooltest::execSql;
using dbtooltest::runTool;
using dbtooltest::ToolRun;

namespace {

const QString userA = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000001");
const QString userB = QStringLiteral("bbbbbbbb-0000-0000-0000-000000000002");
const QString userC = QStringLiteral("cccccccc-0000-0000-0000-000000000003");
const QString userD = QStringLiteral("dddddddd-0000-0000-0000-000000000004");
const QString tenant1 = QStringLiteral("11111111-1111-1111-1111-111111111111");
const QString tenant2 = QStringLiteral("22222222-2222-2222-2222-222222222222");

} // namespace

class TestReconcile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void consistentDataPasses();
    void alteredWalletIsReported();
    void nullTenantWalletsAreMatchedNullSafe();
    void ledgerWithoutWalletIsReported();
    void printsFirstHundredButCountsAll();
    void missingTablesAreOneLine();
    void rowLevelSecurityCannotHideRows();
    void millionLedgerEntriesAreFast();

private:
    ToolRun reconcile() const { return runTool({"reconcile", "--dsn", m_dsn}); }
    void sql(const QString &statement) const { execSql(m_dsn, statement); }

    QString m_dsn;
    int m_databaseNumber = 0;
};

void TestReconcile::init()
{
    m_dsn =
        dbtooltest::createScratchDatabase(QStringLiteral("reconcile_%1").arg(++m_databaseNumber));
    sql("create table user_coins(user_id uuid not null, tenant_id uuid, balance bigint not null, "
        "total_earned bigint not null, total_spent bigint not null);"
        "create table coin_transactions(id bigserial primary key, user_id uuid not null, tenant_id "
        "uuid, "
        "type text not null check (type in ('earn', 'spend')), amount int not null check (amount > "
        "0));");
    // A: tenant 1 earn 100 spend 30; no tenant: earn 50 + 5. B: tenant 1 earn 10 spend 10.
    // C: a wallet without any transactions.
    sql(QStringLiteral("insert into coin_transactions(user_id, tenant_id, type, amount) values "
                       "('%1', '%3', 'earn', 100), ('%1', '%3', 'spend', 30), "
                       "('%1', null, 'earn', 50), ('%1', null, 'earn', 5), "
                       "('%2', '%3', 'earn', 10), ('%2', '%3', 'spend', 10);"
                       "insert into user_coins values "
                       "('%1', '%3', 70, 100, 30), ('%1', null, 55, 55, 0), "
                       "('%2', '%3', 0, 10, 10), ('%4', '%5', 0, 0, 0);")
            .arg(userA, userB, tenant1, userC, tenant2));
}

void TestReconcile::consistentDataPasses()
{
    const ToolRun run = reconcile();
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QCOMPARE(run.outLines(), QStringList{"reconcile: 4 wallets checked, 0 mismatches"});
    QVERIFY(run.err.isEmpty());
}

void TestReconcile::alteredWalletIsReported()
{
    sql(QStringLiteral("update user_coins set balance = 5 where user_id = '%1'").arg(userB));
    const ToolRun run = reconcile();
    QCOMPARE(run.exitCode, 1);
    const QStringList out = run.outLines();
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0), QStringLiteral("mismatch: user %1 tenant %2: wallet balance=5 earned=10 "
                                       "spent=10, ledger balance=0 earned=10 spent=10")
                            .arg(userB, tenant1));
    QCOMPARE(out.at(1), QStringLiteral("reconcile: 4 wallets checked, 1 mismatches"));

    // total_spent alone is checked too.
    sql(QStringLiteral("update user_coins set balance = 0, total_spent = 9 where user_id = '%1'")
            .arg(userB));
    const ToolRun spent = reconcile();
    QCOMPARE(spent.exitCode, 1);
    QVERIFY(spent.out.contains("wallet balance=0 earned=10 spent=9"));
}

void TestReconcile::nullTenantWalletsAreMatchedNullSafe()
{
    // The NULL-tenant wallet of A matched its NULL-tenant ledger in consistentDataPasses; now
    // break only that one and make sure it (and not the tenant-1 wallet) is reported.
    sql(QStringLiteral(
            "update user_coins set total_earned = 56 where user_id = '%1' and tenant_id is null")
            .arg(userA));
    const ToolRun run = reconcile();
    QCOMPARE(run.exitCode, 1);
    const QStringList out = run.outLines();
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0), QStringLiteral("mismatch: user %1 tenant NULL: wallet balance=55 earned=56 "
                                       "spent=0, ledger balance=55 earned=55 spent=0")
                            .arg(userA));
}

void TestReconcile::ledgerWithoutWalletIsReported()
{
    sql(QStringLiteral("insert into coin_transactions(user_id, tenant_id, type, amount) values "
                       "('%1', '%2', 'earn', 20), ('%1', '%2', 'spend', 5)")
            .arg(userD, tenant2));
    // A ledger group that sums to zero without a wallet is not a mismatch.
    sql(QStringLiteral("insert into coin_transactions(user_id, tenant_id, type, amount) values "
                       "('%1', null, 'earn', 3), ('%1', null, 'spend', 3)")
            .arg(userD));
    const ToolRun run = reconcile();
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(
        run.outLines(),
        (QStringList{QStringLiteral("mismatch: user %1 tenant %2: no wallet, ledger balance=15 "
                                    "earned=20 spent=5")
                         .arg(userD, tenant2),
                     "reconcile: 4 wallets checked, 1 mismatches"}));
}

void TestReconcile::printsFirstHundredButCountsAll()
{
    sql("insert into user_coins select gen_random_uuid(), null, 1, 0, 0 from generate_series(1, "
        "150)");
    const ToolRun run = reconcile();
    QCOMPARE(run.exitCode, 1);
    const QStringList out = run.outLines();
    QCOMPARE(out.size(), 101);
    QCOMPARE(out.last(),
             QStringLiteral("reconcile: 154 wallets checked, 150 mismatches (first 100 shown)"));
    for (int i = 0; i < 100; ++i)
        QVERIFY(out.at(i).startsWith("mismatch: user "));
}

void TestReconcile::missingTablesAreOneLine()
{
    sql("drop table coin_transactions");
    const ToolRun run = reconcile();
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(
        run.errLines(),
        QStringList{"dicedesk-db: relation \"coin_transactions\" does not exist (SQLSTATE 42P01)"});
}

void TestReconcile::rowLevelSecurityCannotHideRows()
{
    // Like db/migrations: RLS forced on the tables, so even their owner sees nothing without a
    // policy. Reconciling as that owner must fail, not report "0 wallets checked".
    sql("do $$ begin if not exists (select from pg_roles where rolname = 'recon_owner') then "
        "create role recon_owner login; end if; end $$;"
        "alter table user_coins owner to recon_owner; alter table coin_transactions owner to "
        "recon_owner;"
        "alter table user_coins enable row level security; alter table user_coins force row level "
        "security;"
        "alter table coin_transactions enable row level security;"
        "alter table coin_transactions force row level security;");
    const QString ownerDsn = QString(m_dsn).replace("user=postgres", "user=recon_owner");
    QVERIFY(ownerDsn.contains("user=recon_owner"));
    const ToolRun run = runTool({"reconcile", "--dsn", ownerDsn});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains("BYPASSRLS") && run.err.contains("row-level security"),
             qPrintable(run.err));

    QCOMPARE(reconcile().exitCode, 0); // the superuser still sees everything
}

void TestReconcile::millionLedgerEntriesAreFast()
{
    // 1,000,000 ledger rows over 100,000 wallets (10 tenants, some NULL), consistent.
    sql("insert into coin_transactions(user_id, tenant_id, type, amount) "
        "select md5((i % 100000)::text)::uuid, "
        "       case when i % 100000 % 10 = 0 then null else md5('t' || (i % 100000 % 10))::uuid "
        "end, "
        "       case when i % 3 = 0 then 'spend' else 'earn' end, 1 + i % 50 "
        "from generate_series(1, 1000000) i;"
        "insert into user_coins "
        "select user_id, tenant_id, sum(case when type = 'earn' then amount else -amount end), "
        "       sum(amount) filter (where type = 'earn'), coalesce(sum(amount) filter (where type "
        "= 'spend'), 0) "
        "from coin_transactions "
        "where user_id not in ('aaaaaaaa-0000-0000-0000-000000000001', "
        "'bbbbbbbb-0000-0000-0000-000000000002') "
        "group by user_id, tenant_id;"
        "analyze user_coins; analyze coin_transactions;");
    QElapsedTimer timer;
    timer.start();
    const ToolRun run = reconcile();
    const qint64 elapsed = timer.elapsed();
    qInfo("reconcile of 1,000,006 ledger rows took %lld ms", elapsed);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out.left(500) + run.err));
    QCOMPARE(run.outLines(), QStringList{"reconcile: 100004 wallets checked, 0 mismatches"});
    QVERIFY2(elapsed < 2000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
}

QTEST_GUILESS_MAIN(TestReconcile)
#include "tst_reconcile.moc"
