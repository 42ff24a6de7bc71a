// The award console's backend calls: a real dicedesk::pg::PgBackend on its worker thread against a
// real PostgreSQL started by `dicedesk-db sandbox --migrate` (all migrations, 0020 included), with
// the known rows of AwardBackendFixture. Personal logins (RLS applies) and operator mode (a
// privileged login acting as a user) both.
//
// What is checked: award settings (who may read and set them); member search by name, later name
// words and e-mail, with NUL bytes, LIKE and SQL metacharacters, foreign tenants and the limit;
// all active members; pasted recipient lists (e-mails in any case, ids, braces, malformed ids,
// other tenants, 10,000 inputs in order); awardable achievements; the "replayed" flag on the paid
// and on the pending path; two deciders (the second learns who decided first), a replayed
// decision, a refused self-decision, expiry; keyset pages of requests, awards and audit rows
// compared with the database's own order (no gaps, no duplicates, ties across page boundaries);
// request detail; single-entry and whole-award reversals with their audit rows and links, spent
// coins, bad drafts.
#include "AwardBackendFixture.h"
#include "backend/pg/PgBackend.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <functional>
#include <memory>

using namespace dicedesk;
using test::AwardBackendFixture;
using Kind = BackendError::Kind;
using Status = RecipientResolution::Status;

namespace {

constexpr int kTimeoutMs = 30000;

using F = AwardBackendFixture;

const QUuid kTenantA = F::id(F::tenantA);
const QUuid kTenantB = F::id(F::tenantB);

template<typename T> Result<T> await(const QFuture<Result<T>> &future, int timeoutMs = kTimeoutMs)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs))
        return BackendError(Kind::Internal, QStringLiteral("test: no answer in time"));
    return future.result();
}

template<typename T> QString describe(const Result<T> &result)
{
    if (result.ok())
        return QStringLiteral("ok");
    return QStringLiteral("kind %1, SQLSTATE '%2': %3")
        .arg(static_cast<int>(result.error().kind()))
        .arg(result.error().sqlState(), result.error().detail());
}

std::unique_ptr<pg::PgBackend> openBackend(ConnectionOptions options)
{
    auto backend = std::make_unique<pg::PgBackend>(options);
    const Result<bool> opened = await(backend->open());
    if (!opened.ok())
        qWarning() << "could not open" << options.conninfo << describe(opened);
    return backend;
}

std::unique_ptr<pg::PgBackend> connectAs(const QString &login)
{
    ConnectionOptions options;
    options.conninfo = F::dsnFor(login);
    return openBackend(options);
}

/// Operator mode: the sandbox superuser (a member of service_role) acting as @p user.
std::unique_ptr<pg::PgBackend> operatorAs(const char *user)
{
    ConnectionOptions options;
    options.conninfo = QString::fromStdString(F::superuserDsn());
    options.actAsUser = F::id(user);
    return openBackend(options);
}

QList<QUuid> userIds(const QList<MemberHit> &hits)
{
    QList<QUuid> ids;
    for (const MemberHit &hit : hits)
        ids.append(hit.userId);
    return ids;
}

AwardDraft draft(const QString &key, const QList<QUuid> &recipients, int amount,
                 const QString &type = QStringLiteral("coins"))
{
    AwardDraft d;
    d.tenantId = kTenantA;
    d.recipients = recipients;
    d.amount = amount;
    d.awardType = type;
    d.message = QStringLiteral("Award backend test");
    d.idempotencyKey = key;
    return d;
}

/// Every page of a keyset list, following the cursors, with the pages' sizes.
template<typename Row>
Result<QList<QUuid>>
allPages(const std::function<QFuture<Result<Page<Row>>>(const KeysetCursor &)> &fetch,
         QList<qsizetype> *sizes = nullptr, qint64 *firstEstimate = nullptr)
{
    QList<QUuid> ids;
    KeysetCursor cursor;
    for (int guard = 0; guard < 1000; ++guard) {
        const Result<Page<Row>> page = await(fetch(cursor));
        if (!page.ok())
            return page.error();
        if (guard == 0 && firstEstimate)
            *firstEstimate = page.value().estimatedTotal;
        if (guard > 0 && page.value().estimatedTotal != -1)
            return BackendError(Kind::Internal,
                                QStringLiteral("a later page asked for an estimate"));
        for (const Row &row : page.value().rows)
            ids.append(row.id);
        if (sizes)
            sizes->append(page.value().rows.size());
        if (page.value().atEnd)
            return ids;
        if (page.value().next.isNull())
            return BackendError(Kind::Internal, QStringLiteral("no cursor before the end"));
        cursor = page.value().next;
    }
    return BackendError(Kind::Internal, QStringLiteral("paging never ended"));
}

std::string q(const QUuid &id)
{
    return "'" + id.toString(QUuid::WithoutBraces).toStdString() + "'";
}

} // namespace

class TestAwardBackend : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<pg::PgBackend> m_sys1;
    std::unique_ptr<pg::PgBackend> m_sys2;
    std::unique_ptr<pg::PgBackend> m_admin;
    std::unique_ptr<pg::PgBackend> m_member;
    std::unique_ptr<pg::PgBackend> m_operator; // acting as Ada Admin

    /// The award paid to Lovisa, Lars and Anna (coins) for the reversal tests.
    QUuid m_reversibleAward;

private Q_SLOTS:
    void initTestCase()
    {
        try {
            F::install();
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
        m_sys1 = connectAs(QStringLiteral("aw_sys1"));
        m_sys2 = connectAs(QStringLiteral("aw_sys2"));
        m_admin = connectAs(QStringLiteral("aw_admin_a"));
        m_member = connectAs(QStringLiteral("aw_member"));
        m_operator = operatorAs(F::adminA);
        for (auto *backend :
             {m_sys1.get(), m_sys2.get(), m_admin.get(), m_member.get(), m_operator.get()})
            QCOMPARE(backend->state(), Backend::State::Connected);
    }

    // --- settings ----------------------------------------------------------------------------
    void awardSettings()
    {
        Result<AwardSettings> settings = await(m_admin->awardSettings(kTenantA));
        QVERIFY2(settings.ok(), qPrintable(describe(settings)));
        QCOMPARE(settings.value().threshold, 500);
        QCOMPARE(settings.value().expiryDays, 14);

        // A system admin sets A's own settings; A's admin and member read them; B keeps the global.
        QVERIFY(await(m_sys1->setAwardSettings(kTenantA, AwardSettings{800, 7})).ok());
        settings = await(m_admin->awardSettings(kTenantA));
        QVERIFY2(settings.ok(), qPrintable(describe(settings)));
        QCOMPARE(settings.value().threshold, 800);
        QCOMPARE(settings.value().expiryDays, 7);
        settings = await(m_member->awardSettings(kTenantA));
        QVERIFY2(settings.ok(), qPrintable(describe(settings)));
        QCOMPARE(settings.value().threshold, 800);
        settings = await(m_sys1->awardSettings(kTenantB));
        QVERIFY2(settings.ok(), qPrintable(describe(settings)));
        QCOMPARE(settings.value().threshold, 500);
        settings = await(m_admin->awardSettings({}));
        QVERIFY2(settings.ok(), qPrintable(describe(settings)));
        QCOMPARE(settings.value().threshold, 500); // the global ones
        QCOMPARE(F::count("SELECT count(*) FROM tenant_audit_logs WHERE event_type = "
                          "'gamification.settings.updated' AND tenant_id = " +
                          q(kTenantA)),
                 1);

        // Not for others: B's settings are not A's admin's business; admins set nothing.
        settings = await(m_admin->awardSettings(kTenantB));
        QVERIFY(!settings.ok());
        QCOMPARE(settings.error().kind(), Kind::Permission);
        const Result<bool> refused = await(m_admin->setAwardSettings(kTenantA, {1, 1}));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind(), Kind::Permission);
        const Result<bool> invalid = await(m_sys1->setAwardSettings(kTenantA, {800, 400}));
        QVERIFY(!invalid.ok());
        QCOMPARE(invalid.error().kind(), Kind::Validation);

        // Back to the defaults for the tests below; operator mode reads them too.
        QVERIFY(await(m_sys1->setAwardSettings(kTenantA, AwardSettings{500, 14})).ok());
        settings = await(m_operator->awardSettings(kTenantA));
        QVERIFY2(settings.ok(), qPrintable(describe(settings)));
        QCOMPARE(settings.value().threshold, 500);
    }

    // --- members -----------------------------------------------------------------------------
    void searchMembersByNameWordsAndEmail()
    {
        MemberQuery query;
        query.tenantId = kTenantA;
        query.text = QStringLiteral("lov");
        Result<QList<MemberHit>> hits = await(m_admin->searchMembers(query));
        QVERIFY2(hits.ok(), qPrintable(describe(hits)));
        // The first word (Lovisa), the second (Lovén), the third (Lovgren); by name.
        QCOMPARE(userIds(hits.value()),
                 (QList<QUuid>{F::id(F::anna), F::id(F::lars), F::id(F::lovisa)}));
        QCOMPARE(hits.value().at(2).displayName, QStringLiteral("Lovisa Berg"));
        QCOMPARE(hits.value().at(2).email, QStringLiteral("lovisa.berg@award.test"));
        QCOMPARE(hits.value().at(2).coinBalance, 70);
        QCOMPARE(hits.value().at(1).coinBalance, 0); // no wallet yet

        // E-mail prefix in any case; upper-case input; a suspended member is not offered.
        query.text = QStringLiteral("MIA.MEMBER@");
        hits = await(m_admin->searchMembers(query));
        QVERIFY2(hits.ok(), qPrintable(describe(hits)));
        QCOMPARE(userIds(hits.value()), QList<QUuid>{F::id(F::mia)});
        query.text = QStringLiteral("sven");
        hits = await(m_admin->searchMembers(query));
        QVERIFY2(hits.ok(), qPrintable(describe(hits)));
        QVERIFY(hits.value().isEmpty());

        // Operator mode gives the same answer.
        query.text = QStringLiteral("lov");
        hits = await(m_operator->searchMembers(query));
        QVERIFY2(hits.ok(), qPrintable(describe(hits)));
        QCOMPARE(hits.value().size(), 3);
    }

    void searchMembersBadInput()
    {
        MemberQuery query;
        query.tenantId = kTenantA;
        // NUL bytes are dropped, not sent.
        query.text = QStringLiteral("lo") + QChar(0) + QStringLiteral("v");
        Result<QList<MemberHit>> hits = await(m_admin->searchMembers(query));
        QVERIFY2(hits.ok(), qPrintable(describe(hits)));
        QCOMPARE(hits.value().size(), 3);

        // LIKE metacharacters match themselves only.
        query.text = QStringLiteral("100%");
        hits = await(m_admin->searchMembers(query));
        QVERIFY2(hits.ok(), qPrintable(describe(hits)));
        QCOMPARE(userIds(hits.value()), QList<QUuid>{F::id(F::percent)});
        for (const char *pattern : {"%", "_", "\\", "b_lk", "%member"}) {
            query.text = QString::fromLatin1(pattern);
            hits = await(m_admin->searchMembers(query));
            QVERIFY2(hits.ok(), qPrintable(describe(hits)));
            QVERIFY2(hits.value().isEmpty(), pattern);
        }
        query.text = QStringLiteral("real_n");
        hits = await(m_admin->searchMembers(query));
        QVERIFY2(hits.ok(), qPrintable(describe(hits)));
        QCOMPARE(userIds(hits.value()), QList<QUuid>{F::id(F::percent)});

        // SQL in the text is text.
        query.text = QStringLiteral("o'brien; drop");
        hits = await(m_admin->searchMembers(query));
        QVERIFY2(hits.ok(), qPrintable(describe(hits)));
        QCOMPARE(userIds(hits.value()), QList<QUuid>{F::id(F::obrien)});
        QCOMPARE(F::count("SELECT count(*) FROM users"), 314);

        // Blank text asks for nothing; the limit holds; another tenant shows nothing.
        query.text = QStringLiteral("   ");
        hits = await(m_admin->searchMembers(query));
        QVERIFY(hits.ok() && hits.value().isEmpty());
        query.text = QStringLiteral("bulk");
        query.limit = 7;
        hits = await(m_admin->searchMembers(query));
        QVERIFY2(hits.ok(), qPrintable(describe(hits)));
        QCOMPARE(hits.value().size(), 7);
        QCOMPARE(hits.value().first().displayName, QStringLiteral("Bulk Member 001"));
        QCOMPARE(hits.value().last().displayName, QStringLiteral("Bulk Member 007"));
        query.tenantId = kTenantB;
        query.text = QStringLiteral("bea");
        hits = await(m_admin->searchMembers(query));
        QVERIFY(!hits.ok());
        QCOMPARE(hits.error().kind(), Kind::Permission);
        hits = await(m_member->searchMembers(MemberQuery{kTenantA, QStringLiteral("lov"), 50}));
        QVERIFY(!hits.ok()); // members do not list members
        QCOMPARE(hits.error().kind(), Kind::Permission);
        hits = await(m_sys1->searchMembers(query));
        QVERIFY2(hits.ok(), qPrintable(describe(hits)));
        QCOMPARE(userIds(hits.value()), QList<QUuid>{F::id(F::bea)});
    }

    void activeMembers()
    {
        const Result<QList<MemberHit>> members = await(m_admin->activeMembers(kTenantA));
        QVERIFY2(members.ok(), qPrintable(describe(members)));
        const QList<QUuid> expected =
            F::ids("SELECT u.id FROM user_tenant_memberships m JOIN users u ON u.id = m.user_id "
                   "WHERE m.tenant_id = " +
                   q(kTenantA) +
                   " AND m.status = 'active' ORDER BY lower(u.full_name), lower(u.email), u.id");
        QCOMPARE(expected.size(), 8 + F::bulkMembers);
        QCOMPARE(userIds(members.value()), expected);
        QVERIFY(!userIds(members.value()).contains(F::id(F::sven)));

        const Result<QList<MemberHit>> foreign = await(m_admin->activeMembers(kTenantB));
        QVERIFY(!foreign.ok());
        QCOMPARE(foreign.error().kind(), Kind::Permission);
        const Result<QList<MemberHit>> asOperator = await(m_operator->activeMembers(kTenantA));
        QVERIFY2(asOperator.ok(), qPrintable(describe(asOperator)));
        QCOMPARE(userIds(asOperator.value()), expected);
    }

    void resolveRecipients()
    {
        const QStringList inputs{
            QStringLiteral("LOVISA.BERG@award.test"),
            QStringLiteral("  ") + QString::fromLatin1(F::lars) + QStringLiteral("  "),
            QStringLiteral("{") + QString::fromLatin1(F::anna) + QStringLiteral("}"),
            QStringLiteral("mia.member@award.test"),
            QStringLiteral("sven.suspended@award.test"),
            QStringLiteral("nobody@award.test"),
            QStringLiteral("c5100000-0000-4000-8000-00000000zz31"),
            QStringLiteral("c5100000-0000-4000-8000-000000000031x"),
            QStringLiteral("lovisa.berg@award.test") + QChar(0),
            QStringLiteral("'; DROP TABLE users; --"),
            QStringLiteral("\"quoted\",{braces}\\"),
            QString(),
            QStringLiteral("lovisa.berg@award.test"),
            QString::fromLatin1(F::bea),
            QString::fromLatin1(F::otto),
        };
        const Result<QList<RecipientResolution>> result =
            await(m_admin->resolveRecipients(kTenantA, inputs));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        const QList<RecipientResolution> &r = result.value();
        QCOMPARE(r.size(), inputs.size());
        const QList<Status> expected{Status::Member, Status::Member, Status::Member, Status::Member,
                                     Status::NotMember, Status::Unknown, Status::Unknown,
                                     Status::Unknown, Status::Member, Status::Unknown,
                                     Status::Unknown, Status::Unknown, Status::Member,
                                     // Users of other tenants are not visible to A's admin.
                                     Status::Unknown, Status::Unknown};
        for (qsizetype i = 0; i < r.size(); ++i)
            QVERIFY2(r[i].status == expected[i], qPrintable(QStringLiteral("input %1").arg(i)));
        QCOMPARE(r[0].userId, F::id(F::lovisa));
        QCOMPARE(r[0].displayName, QStringLiteral("Lovisa Berg"));
        QCOMPARE(r[0].input, QStringLiteral("LOVISA.BERG@award.test"));
        QCOMPARE(r[1].input, QString::fromLatin1(F::lars)); // trimmed
        QCOMPARE(r[1].userId, F::id(F::lars));
        QCOMPARE(r[2].userId, F::id(F::anna));
        QCOMPARE(r[3].email, QStringLiteral("Mia.Member@Award.Test"));
        QCOMPARE(r[4].userId, F::id(F::sven));
        QVERIFY(r[5].userId.isNull());
        QCOMPARE(r[8].userId, F::id(F::lovisa));
        QCOMPARE(F::count("SELECT count(*) FROM users"), 314);

        // A system admin sees everyone: other tenants' users exist but are not members of A.
        const Result<QList<RecipientResolution>> sys =
            await(m_sys1->resolveRecipients(kTenantA, inputs));
        QVERIFY2(sys.ok(), qPrintable(describe(sys)));
        QCOMPARE(sys.value().at(13).status, Status::NotMember);
        QCOMPARE(sys.value().at(13).displayName, QStringLiteral("Bea Beta"));
        QCOMPARE(sys.value().at(14).status, Status::NotMember);

        // Not for a tenant one does not administer.
        const Result<QList<RecipientResolution>> foreign =
            await(m_admin->resolveRecipients(kTenantB, inputs));
        QVERIFY(!foreign.ok());
        QCOMPARE(foreign.error().kind(), Kind::Permission);
        const Result<QList<RecipientResolution>> empty =
            await(m_admin->resolveRecipients(kTenantA, {}));
        QVERIFY(empty.ok() && empty.value().isEmpty());
        QStringList tooMany;
        for (int i = 0; i <= 10000; ++i)
            tooMany.append(F::bulkEmail(1));
        const Result<QList<RecipientResolution>> refused =
            await(m_admin->resolveRecipients(kTenantA, tooMany));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind(), Kind::Validation);
    }

    void resolveTenThousandRecipients()
    {
        QStringList inputs;
        for (int i = 0; i < 10000; ++i) {
            const int n = 1 + i % F::bulkMembers;
            switch (i % 4) {
            case 0:
                inputs.append(F::bulkEmail(n));
                break;
            case 1:
                inputs.append(F::bulkId(n).toString(QUuid::WithoutBraces));
                break;
            case 2:
                inputs.append(F::bulkEmail(n).toUpper());
                break;
            default:
                inputs.append(QStringLiteral("unknown.%1@award.test").arg(i));
                break;
            }
        }
        const Result<QList<RecipientResolution>> result =
            await(m_operator->resolveRecipients(kTenantA, inputs));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.value().size(), inputs.size());
        for (int i = 0; i < 10000; ++i) {
            const RecipientResolution &r = result.value().at(i);
            QCOMPARE(r.input, inputs.at(i));
            if (i % 4 == 3) {
                QCOMPARE(r.status, Status::Unknown);
            } else {
                QCOMPARE(r.status, Status::Member);
                QCOMPARE(r.userId, F::bulkId(1 + i % F::bulkMembers));
            }
        }
    }

    void awardableAchievements()
    {
        const Result<QList<AchievementChoice>> choices =
            await(m_admin->awardableAchievements(kTenantA));
        QVERIFY2(choices.ok(), qPrintable(describe(choices)));
        QCOMPARE(choices.value().size(), 2);
        QCOMPARE(choices.value().at(0).name, QStringLiteral("Global Hero"));
        QCOMPARE(choices.value().at(0).key, QStringLiteral("global-hero"));
        QCOMPARE(choices.value().at(1).name, QStringLiteral("Team Player"));
        QCOMPARE(choices.value().at(1).id, F::id("c5a00000-0000-4000-8000-000000000001"));
    }

    // --- sending -----------------------------------------------------------------------------
    void replayFlagOnBothPaths()
    {
        // Paid at once (10 < 500), then the same key again.
        const AwardDraft paid = draft(QStringLiteral("awb-paid-0001"), {F::id(F::zed)}, 10);
        Result<AwardOutcome> first = await(m_admin->sendAward(paid));
        QVERIFY2(first.ok(), qPrintable(describe(first)));
        QVERIFY(first.value().paid && !first.value().replayed);
        Result<AwardOutcome> again = await(m_admin->sendAward(paid));
        QVERIFY2(again.ok(), qPrintable(describe(again)));
        QVERIFY(again.value().paid && again.value().replayed);
        QCOMPARE(again.value().awardId, first.value().awardId);

        // Filed for approval (600 >= 500), then the same key again.
        const AwardDraft pending = draft(QStringLiteral("awb-pending-0001"), {F::id(F::lars)}, 600);
        first = await(m_admin->sendAward(pending));
        QVERIFY2(first.ok(), qPrintable(describe(first)));
        QVERIFY(!first.value().paid && !first.value().replayed);
        QVERIFY(!first.value().requestId.isNull());
        again = await(m_operator->sendAward(pending));
        QVERIFY2(again.ok(), qPrintable(describe(again)));
        QVERIFY(!again.value().paid && again.value().replayed);
        QCOMPARE(again.value().requestId, first.value().requestId);
        QCOMPARE(F::count("SELECT count(*) FROM gamification_admin_award_requests "
                          "WHERE idempotency_key = 'awb-pending-0001'"),
                 1);
        QCOMPARE(F::count("SELECT count(*) FROM tenant_audit_logs WHERE event_type = "
                          "'gamification.admin_award_request.coins' AND payload->>'request_id' = " +
                          q(first.value().requestId)),
                 1);

        // The same key with another payload is a conflict on either path.
        AwardDraft other = pending;
        other.amount = 700;
        const Result<AwardOutcome> conflict = await(m_admin->sendAward(other));
        QVERIFY(!conflict.ok());
        QCOMPARE(conflict.error().kind(), Kind::Conflict);
    }

    void sendToForeignOrUnknownUsersIsRefused()
    {
        Result<AwardOutcome> result =
            await(m_admin->sendAward(draft(QStringLiteral("awb-foreign-01"), {F::id(F::bea)}, 5)));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Kind::Validation);
        result = await(
            m_admin->sendAward(draft(QStringLiteral("awb-unknown-01"), {QUuid::createUuid()}, 5)));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Kind::NotFound);
    }

    // --- approval queue ----------------------------------------------------------------------
    void pendingQueueOldestFirstWithoutGaps()
    {
        RequestFilter filter;
        filter.scope.tenantIds = {kTenantA, kTenantB};
        const QList<QUuid> expected =
            F::ids("SELECT id FROM gamification_admin_award_requests WHERE status = 'pending' "
                   "ORDER BY created_at, id");
        QVERIFY(expected.size() >= 16);
        for (int pageSize : {1, 3, 4, 100}) {
            QList<qsizetype> sizes;
            qint64 estimate = -2;
            const auto pages = allPages<AwardRequestSummary>(
                [&](const KeysetCursor &after) {
                    return m_sys1->requestPage(filter, after, pageSize);
                },
                &sizes, &estimate);
            QVERIFY2(pages.ok(), qPrintable(describe(pages)));
            QCOMPARE(pages.value(), expected);
            QVERIFY(estimate >= 1);
            QCOMPARE(sizes.first(), qMin<qsizetype>(pageSize, expected.size()));
        }

        // Names, totals and the expired flag (pending but past its expiry).
        const Result<Page<AwardRequestSummary>> first = await(m_admin->requestPage(filter, {}, 50));
        QVERIFY2(first.ok(), qPrintable(describe(first)));
        QList<QUuid> adminSees;
        int overdue = 0;
        for (const AwardRequestSummary &r : first.value().rows) {
            adminSees.append(r.id);
            QCOMPARE(r.status, QStringLiteral("pending"));
            QCOMPARE(r.tenantId, kTenantA); // RLS: B's request is not A's admin's
            if (r.expired)
                ++overdue;
            if (r.id == F::id(F::detailRequest)) {
                QCOMPARE(r.requesterName, QStringLiteral("Ada Admin"));
                QCOMPARE(r.tenantName, QStringLiteral("Award Club A"));
                QCOMPARE(r.total, 750);
                QCOMPARE(r.message, QStringLiteral("Detail request"));
            }
        }
        QCOMPARE(overdue, F::overdueRequests);
        QVERIFY(!adminSees.contains(F::id("c5e00000-0000-4000-8000-000000000005")));

        // The requester filter, in operator mode.
        filter.requesterUserId = F::id(F::sys1);
        const Result<Page<AwardRequestSummary>> own =
            await(m_operator->requestPage(filter, {}, 50));
        QVERIFY2(own.ok(), qPrintable(describe(own)));
        QCOMPARE(own.value().rows.size(), 1);
        QCOMPARE(own.value().rows.first().id, F::id(F::ownRequest));
        QVERIFY(own.value().atEnd);
    }

    void closedRequestsNewestFirst()
    {
        RequestFilter filter;
        filter.scope.tenantIds = {kTenantA};
        filter.statuses = {QStringLiteral("rejected"), QStringLiteral("expired"),
                           QStringLiteral("cancelled")};
        const QList<QUuid> expected = F::ids(
            "SELECT id FROM gamification_admin_award_requests WHERE tenant_id = " + q(kTenantA) +
            " AND status IN ('rejected', 'expired', 'cancelled') "
            "ORDER BY created_at DESC, id DESC");
        QCOMPARE(expected.size(), 7);
        for (int pageSize : {1, 2, 3, 7}) {
            const auto pages = allPages<AwardRequestSummary>([&](const KeysetCursor &after) {
                return m_admin->requestPage(filter, after, pageSize);
            });
            QVERIFY2(pages.ok(), qPrintable(describe(pages)));
            QCOMPARE(pages.value(), expected);
        }
        const Result<Page<AwardRequestSummary>> page = await(m_admin->requestPage(filter, {}, 10));
        QVERIFY2(page.ok(), qPrintable(describe(page)));
        int rejected = 0;
        for (const AwardRequestSummary &r : page.value().rows) {
            QCOMPARE(r.expired, r.status == QLatin1String("expired"));
            if (r.status == QLatin1String("rejected")) {
                ++rejected;
                QCOMPARE(r.decidedByName, QStringLiteral("Sue Second"));
                QCOMPARE(r.decidedAt, QDateTime(QDate(2026, 2, 20), QTime(12, 0), Qt::UTC));
                QCOMPARE(r.decisionReason, QStringLiteral("Not now"));
            }
        }
        QCOMPARE(rejected, 3);

        // All statuses: newest first as well; an unknown status is refused.
        filter.statuses.clear();
        const auto all = allPages<AwardRequestSummary>(
            [&](const KeysetCursor &after) { return m_admin->requestPage(filter, after, 5); });
        QVERIFY2(all.ok(), qPrintable(describe(all)));
        QCOMPARE(all.value(),
                 F::ids("SELECT id FROM gamification_admin_award_requests WHERE tenant_id = " +
                        q(kTenantA) + " ORDER BY created_at DESC, id DESC"));
        filter.statuses = {QStringLiteral("pending'; --")};
        const Result<Page<AwardRequestSummary>> bad = await(m_admin->requestPage(filter, {}, 10));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind(), Kind::Validation);
    }

    void requestDetail()
    {
        const Result<AwardRequestDetail> detail =
            await(m_sys1->requestDetail(F::id(F::detailRequest)));
        QVERIFY2(detail.ok(), qPrintable(describe(detail)));
        const AwardRequestDetail &d = detail.value();
        QCOMPARE(d.request.id, F::id(F::detailRequest));
        QCOMPARE(d.request.recipientCount, 3);
        QCOMPARE(d.recipients.size(), 3);
        // By name: Lars Lovén, Lovisa Berg, Sven Suspended.
        QCOMPARE(d.recipients.at(0).userId, F::id(F::lars));
        QCOMPARE(d.recipients.at(1).userId, F::id(F::lovisa));
        QCOMPARE(d.recipients.at(2).userId, F::id(F::sven));
        const RequestRecipientContext &lovisa = d.recipients.at(1);
        QCOMPARE(lovisa.displayName, QStringLiteral("Lovisa Berg"));
        QCOMPARE(lovisa.coinBalance, 70);
        QCOMPARE(lovisa.xp, 120);
        QVERIFY(lovisa.stillMember);
        QVERIFY(!d.recipients.at(2).stillMember);
        // Her three newest of four fixture awards, newest first, with who sent them.
        QCOMPARE(lovisa.recentAwards.size(), 3);
        // Awards 3 and 4 share one instant, award 2 is older.
        QCOMPARE((QSet<qint64>{lovisa.recentAwards.at(0).amount, lovisa.recentAwards.at(1).amount}),
                 (QSet<qint64>{30, 40}));
        QCOMPARE(lovisa.recentAwards.at(2).amount, 20);
        QVERIFY(lovisa.recentAwards.at(0).createdAt >= lovisa.recentAwards.at(1).createdAt);
        QVERIFY(lovisa.recentAwards.at(1).createdAt >= lovisa.recentAwards.at(2).createdAt);
        QCOMPARE(lovisa.recentAwards.at(0).actorName, QStringLiteral("Ada Admin"));
        QCOMPARE(lovisa.recentAwards.at(0).awardType, QStringLiteral("coins"));
        QVERIFY(d.recipients.at(0).recentAwards.isEmpty());

        // Ada's other requests: the ten newest, without this one.
        QCOMPARE(d.requesterRecent.size(), 10);
        QList<QUuid> recent;
        for (const AwardRequestSummary &r : d.requesterRecent)
            recent.append(r.id);
        QCOMPARE(recent, F::ids("SELECT id FROM gamification_admin_award_requests "
                                "WHERE requester_user_id = " +
                                q(F::id(F::adminA)) + " AND id <> " + q(F::id(F::detailRequest)) +
                                " ORDER BY created_at DESC, id DESC LIMIT 10"));

        const Result<AwardRequestDetail> missing =
            await(m_sys1->requestDetail(QUuid::createUuid()));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind(), Kind::NotFound);
    }

    void twoDecidersAndReplays()
    {
        const QUuid request = F::ids("SELECT id FROM gamification_admin_award_requests "
                                     "WHERE idempotency_key = 'awb-pending-0001'")
                                  .value(0);
        QVERIFY(!request.isNull());
        DecisionDraft approve{request, true, QStringLiteral("Well deserved")};
        const Result<DecisionOutcome> first = await(m_sys1->decideRequest(approve));
        QVERIFY2(first.ok(), qPrintable(describe(first)));
        QCOMPARE(first.value().status, QStringLiteral("approved"));
        QVERIFY(!first.value().alreadyDecided);
        QCOMPARE(first.value().awardedCount, 1);
        QVERIFY(!first.value().awardId.isNull());

        // The second admin learns who decided first, and when; nothing is paid twice.
        DecisionDraft reject{request, false, QStringLiteral("Too much")};
        const Result<DecisionOutcome> second = await(m_sys2->decideRequest(reject));
        QVERIFY2(second.ok(), qPrintable(describe(second)));
        QVERIFY(second.value().alreadyDecided);
        QCOMPARE(second.value().status, QStringLiteral("approved"));
        QCOMPARE(second.value().decidedByName, QStringLiteral("Sam Sys"));
        QVERIFY(second.value().decidedAt.isValid());
        QVERIFY(qAbs(second.value().decidedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        QCOMPARE(second.value().awardId, first.value().awardId);

        // The first admin's repeat is a replay, not a conflict.
        const Result<DecisionOutcome> replay = await(m_sys1->decideRequest(approve));
        QVERIFY2(replay.ok(), qPrintable(describe(replay)));
        QVERIFY(!replay.value().alreadyDecided);
        QCOMPARE(replay.value().status, QStringLiteral("approved"));
        QCOMPARE(F::count("SELECT count(*) FROM gamification_admin_awards WHERE request_id = " +
                          q(request)),
                 1);
        QCOMPARE(F::count("SELECT balance FROM user_coins WHERE user_id = " + q(F::id(F::lars)) +
                          " AND tenant_id = " + q(kTenantA)),
                 600);
    }

    void decisionsRefused()
    {
        // Sam filed this one himself: four eyes.
        const Result<DecisionOutcome> own =
            await(m_sys1->decideRequest({F::id(F::ownRequest), true, QStringLiteral("Mine")}));
        QVERIFY(!own.ok());
        QCOMPARE(own.error().kind(), Kind::Permission);
        // Tenant admins do not decide; a reason is required; NUL cannot travel.
        const Result<DecisionOutcome> admin =
            await(m_admin->decideRequest({F::id(F::detailRequest), true, QStringLiteral("Sure")}));
        QVERIFY(!admin.ok());
        QCOMPARE(admin.error().kind(), Kind::Permission);
        for (const QString &reason : {QStringLiteral(" \t\n"), QStringLiteral("a") + QChar(0)}) {
            const Result<DecisionOutcome> bad =
                await(m_sys2->decideRequest({F::id(F::detailRequest), false, reason}));
            QVERIFY(!bad.ok());
            QCOMPARE(bad.error().kind(), Kind::Validation);
        }
        const Result<DecisionOutcome> unknown =
            await(m_sys2->decideRequest({QUuid::createUuid(), false, QStringLiteral("No")}));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind(), Kind::NotFound);
        QCOMPARE(F::count("SELECT count(*) FROM gamification_admin_award_requests WHERE id IN (" +
                          q(F::id(F::ownRequest)) + ", " + q(F::id(F::detailRequest)) +
                          ") AND status = 'pending'"),
                 2);
    }

    void expiredRequestsShownAsExpired()
    {
        const Result<int> refused = await(m_admin->expireRequests());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind(), Kind::Permission);

        const Result<int> expired = await(m_sys1->expireRequests());
        QVERIFY2(expired.ok(), qPrintable(describe(expired)));
        QCOMPARE(expired.value(), F::overdueRequests);
        RequestFilter filter;
        filter.scope.tenantIds = {kTenantA};
        filter.statuses = {QStringLiteral("expired")};
        const Result<Page<AwardRequestSummary>> page = await(m_admin->requestPage(filter, {}, 50));
        QVERIFY2(page.ok(), qPrintable(describe(page)));
        QCOMPARE(page.value().rows.size(), 2 + F::overdueRequests);
        for (const AwardRequestSummary &r : page.value().rows)
            QVERIFY(r.expired && r.status == QLatin1String("expired"));
        // Gone from the queue; a decision now says it expired.
        filter.statuses = {QStringLiteral("pending")};
        const Result<Page<AwardRequestSummary>> queue = await(m_admin->requestPage(filter, {}, 50));
        QVERIFY2(queue.ok(), qPrintable(describe(queue)));
        for (const AwardRequestSummary &r : queue.value().rows)
            QVERIFY(!r.expired);
        const Result<DecisionOutcome> late = await(m_sys2->decideRequest(
            {F::id("c5e00000-0000-4000-8000-000000000003"), true, QStringLiteral("Late")}));
        QVERIFY2(late.ok(), qPrintable(describe(late)));
        QVERIFY(late.value().alreadyDecided);
        QCOMPARE(late.value().status, QStringLiteral("expired"));
        QVERIFY(late.value().decidedByName.isEmpty());
    }

    // --- history and reversals ---------------------------------------------------------------
    void awardHistoryPages()
    {
        const Result<AwardOutcome> paid = await(
            m_admin->sendAward(draft(QStringLiteral("awb-reversible-01"),
                                     {F::id(F::lovisa), F::id(F::lars), F::id(F::anna)}, 25)));
        QVERIFY2(paid.ok(), qPrintable(describe(paid)));
        QVERIFY(paid.value().paid);
        m_reversibleAward = paid.value().awardId;

        AwardFilter filter;
        filter.scope.tenantIds = {kTenantA, kTenantB};
        const QList<QUuid> expected =
            F::ids("SELECT id FROM gamification_admin_awards ORDER BY created_at DESC, id DESC");
        QVERIFY(expected.size() >= 10);
        for (int pageSize : {1, 2, 3, 50}) {
            qint64 estimate = -2;
            const auto pages = allPages<AwardSummary>(
                [&](const KeysetCursor &after) {
                    return m_sys1->awardPage(filter, after, pageSize);
                },
                nullptr, &estimate);
            QVERIFY2(pages.ok(), qPrintable(describe(pages)));
            QCOMPARE(pages.value(), expected);
            QVERIFY(estimate >= 1);
        }

        // Filters: this award by id; by type; by actor; a period.
        filter.awardId = m_reversibleAward;
        Result<Page<AwardSummary>> page = await(m_admin->awardPage(filter, {}, 10));
        QVERIFY2(page.ok(), qPrintable(describe(page)));
        QCOMPARE(page.value().rows.size(), 1);
        const AwardSummary &award = page.value().rows.first();
        QCOMPARE(award.actorName, QStringLiteral("Ada Admin"));
        QCOMPARE(award.tenantName, QStringLiteral("Award Club A"));
        QCOMPARE(award.recipientCount, 3);
        QCOMPARE(award.total, 75);
        QCOMPARE(award.reversedCount, 0);
        QCOMPARE(award.idempotencyKey, QStringLiteral("awb-reversible-01"));
        QVERIFY(award.requestId.isNull());

        filter.awardId = {};
        filter.awardType = QStringLiteral("xp");
        page = await(m_admin->awardPage(filter, {}, 10));
        QVERIFY2(page.ok(), qPrintable(describe(page)));
        QCOMPARE(page.value().rows.size(), 1);
        QCOMPARE(page.value().rows.first().idempotencyKey, QStringLiteral("fixture-award-0007"));

        filter.awardType.clear();
        filter.actorUserId = F::id(F::adminA);
        filter.from = QDateTime(QDate(2026, 2, 5), QTime(0, 0), Qt::UTC);
        filter.until = QDateTime(QDate(2026, 2, 6), QTime(0, 0), Qt::UTC);
        const auto period = allPages<AwardSummary>(
            [&](const KeysetCursor &after) { return m_operator->awardPage(filter, after, 2); });
        QVERIFY2(period.ok(), qPrintable(describe(period)));
        QCOMPARE(period.value(),
                 F::ids("SELECT id FROM gamification_admin_awards WHERE created_at >= "
                        "'2026-02-05' AND created_at < '2026-02-06' "
                        "ORDER BY created_at DESC, id DESC"));
        QCOMPARE(period.value().size(), 3); // three at one instant, over two pages
    }

    void awardRecipients()
    {
        const Result<QList<AwardRecipient>> recipients =
            await(m_admin->awardRecipients(m_reversibleAward));
        QVERIFY2(recipients.ok(), qPrintable(describe(recipients)));
        const QList<AwardRecipient> &r = recipients.value();
        QCOMPARE(r.size(), 3);
        // By name: Anna Maria Lovgren, Lars Lovén, Lovisa Berg.
        QCOMPARE(r.at(0).userId, F::id(F::anna));
        QCOMPARE(r.at(1).userId, F::id(F::lars));
        QCOMPARE(r.at(2).userId, F::id(F::lovisa));
        QCOMPARE(r.at(2).balanceAfter, 95);
        QCOMPARE(r.at(2).currentBalance, 95);
        QCOMPARE(r.at(1).balanceAfter, 625); // 600 approved before
        QVERIFY(!r.at(2).coinTransactionId.isNull());
        QVERIFY(r.at(2).reversalTransactionId.isNull());
        QCOMPARE(r.at(0).email, QStringLiteral("anna.lovgren@award.test"));
    }

    void reverseOneEntryThenTheRest()
    {
        const Result<QList<AwardRecipient>> before =
            await(m_admin->awardRecipients(m_reversibleAward));
        QVERIFY2(before.ok(), qPrintable(describe(before)));
        const QUuid lovisaEntry = before.value().at(2).coinTransactionId;

        ReversalDraft one;
        one.awardId = m_reversibleAward;
        one.coinTransactionId = lovisaEntry;
        one.reason = QStringLiteral("Sent to the wrong Lovisa");
        one.idempotencyKey = QStringLiteral("awb-reverse-one-01");
        Result<ReversalOutcome> result = await(m_admin->reverseAward(one));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.value().reversedCount, 1);
        QCOMPARE(result.value().alreadyReversedCount, 0);
        QCOMPARE(result.value().reversalTransactionIds.size(), 1);
        const QUuid reversal = result.value().reversalTransactionIds.first();

        // Replayed with the same key: the same reversal, nothing new.
        result = await(m_admin->reverseAward(one));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.value().reversalTransactionIds, QList<QUuid>{reversal});
        // Another action on the same entry: already reversed.
        ReversalDraft again = one;
        again.idempotencyKey = QStringLiteral("awb-reverse-one-02");
        result = await(m_admin->reverseAward(again));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.value().reversedCount, 0);
        QCOMPARE(result.value().alreadyReversedCount, 1);

        // Linked in the ledger and in the audit log (to the entry and to the award).
        QCOMPARE(F::count("SELECT count(*) FROM coin_transactions WHERE reversal_of = " +
                          q(lovisaEntry) + " AND id = " + q(reversal)),
                 1);
        QCOMPARE(
            F::count("SELECT count(*) FROM tenant_audit_logs WHERE event_type = "
                     "'gamification.coin_transaction.reversed' AND payload->>'transaction_id' = " +
                     q(lovisaEntry) + " AND payload->>'reversal_id' = " + q(reversal) +
                     " AND payload->>'award_id' = " + q(m_reversibleAward) +
                     " AND actor_user_id = " + q(F::id(F::adminA))),
            1);
        Result<QList<AwardRecipient>> after = await(m_admin->awardRecipients(m_reversibleAward));
        QVERIFY2(after.ok(), qPrintable(describe(after)));
        QCOMPARE(after.value().at(2).reversalTransactionId, reversal);
        QCOMPARE(after.value().at(2).reversalReason, QStringLiteral("Sent to the wrong Lovisa"));
        QVERIFY(after.value().at(2).reversedAt.isValid());
        QCOMPARE(after.value().at(2).currentBalance, 70);
        QCOMPARE(after.value().at(2).balanceAfter, 95);

        // The whole award: the two others now, Lovisa's reported as reversed before.
        ReversalDraft whole;
        whole.awardId = m_reversibleAward;
        whole.reason = QStringLiteral("Wrong event");
        whole.idempotencyKey = QStringLiteral("awb-reverse-all-01");
        result = await(m_operator->reverseAward(whole));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.value().reversedCount, 2);
        QCOMPARE(result.value().alreadyReversedCount, 1);
        QCOMPARE(result.value().reversalTransactionIds.size(), 2);
        result = await(m_operator->reverseAward(whole)); // replay
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.value().reversedCount, 2);
        QCOMPARE(F::count("SELECT count(*) FROM tenant_audit_logs WHERE event_type = "
                          "'gamification.admin_award.reversed' AND payload->>'award_id' = " +
                          q(m_reversibleAward) +
                          " AND jsonb_array_length(payload->'reversals') = 2 "
                          "AND jsonb_array_length(payload->'already_reversed') = 1"),
                 1);
        AwardFilter filter;
        filter.scope.tenantIds = {kTenantA};
        filter.awardId = m_reversibleAward;
        const Result<Page<AwardSummary>> page = await(m_admin->awardPage(filter, {}, 5));
        QVERIFY2(page.ok(), qPrintable(describe(page)));
        QCOMPARE(page.value().rows.first().reversedCount, 3);
        after = await(m_admin->awardRecipients(m_reversibleAward));
        QVERIFY2(after.ok(), qPrintable(describe(after)));
        for (const AwardRecipient &recipient : after.value())
            QVERIFY(!recipient.reversalTransactionId.isNull());
        // Wallets still equal their ledgers.
        QCOMPARE(
            F::count("SELECT count(*) FROM user_coins w WHERE w.balance <> (SELECT "
                     "coalesce(sum(CASE c.type WHEN 'earn' THEN c.amount ELSE -c.amount END), 0) "
                     "FROM coin_transactions c WHERE c.user_id = w.user_id "
                     "AND c.tenant_id IS NOT DISTINCT FROM w.tenant_id)"),
            0);
    }

    void reversingSpentCoinsAndBadDrafts()
    {
        // Zed spends the 10 coins of awb-paid-0001 (the platform's server posts the spend).
        const QUuid award = F::ids("SELECT id FROM gamification_admin_awards WHERE "
                                   "idempotency_key = 'awb-paid-0001'")
                                .value(0);
        F::exec("SET ROLE service_role; SELECT set_config('request.jwt.claims', "
                "'{\"role\":\"service_role\"}', true); SELECT * FROM apply_coin_transaction_v1(" +
                q(F::id(F::zed)) + ", " + q(kTenantA) +
                ", 'spend', 10, 'shop_purchase', 'awb-spend-0001')");
        ReversalDraft whole;
        whole.awardId = award;
        whole.reason = QStringLiteral("Oops");
        whole.idempotencyKey = QStringLiteral("awb-reverse-spent-1");
        Result<ReversalOutcome> result = await(m_admin->reverseAward(whole));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().sqlState(), QStringLiteral("DD402"));
        QCOMPARE(result.error().kind(), Kind::Validation);
        ReversalDraft one = whole;
        one.coinTransactionId = F::ids("SELECT coin_transaction_id FROM "
                                       "gamification_admin_award_recipients WHERE award_id = " +
                                       q(award))
                                    .value(0);
        result = await(m_admin->reverseAward(one));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().sqlState(), QStringLiteral("DD402"));

        // An entry of another award; no reason; NUL; the member may not reverse.
        ReversalDraft wrong = one;
        wrong.awardId = m_reversibleAward;
        wrong.idempotencyKey = QStringLiteral("awb-reverse-wrong-1");
        result = await(m_admin->reverseAward(wrong));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Kind::NotFound);
        ReversalDraft blank = whole;
        blank.reason = QStringLiteral("   ");
        result = await(m_admin->reverseAward(blank));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Kind::Validation);
        blank.reason = QStringLiteral("x") + QChar(0);
        result = await(m_admin->reverseAward(blank));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Kind::Validation);
        result = await(m_member->reverseAward(whole));
        QVERIFY(!result.ok());
        QVERIFY(result.error().kind() == Kind::Permission ||
                result.error().kind() == Kind::NotFound);
        QCOMPARE(F::count("SELECT count(*) FROM coin_transactions WHERE reversal_of IN (SELECT "
                          "coin_transaction_id FROM gamification_admin_award_recipients WHERE "
                          "award_id = " +
                          q(award) + ")"),
                 0);
    }

    // --- audit -------------------------------------------------------------------------------
    void auditPages()
    {
        AuditFilter filter;
        filter.scope.tenantIds = {kTenantA};
        const QList<QUuid> expected =
            F::ids("SELECT id FROM tenant_audit_logs WHERE tenant_id = " + q(kTenantA) +
                   " ORDER BY created_at DESC, id DESC");
        QVERIFY(expected.size() > 15);
        for (int pageSize : {1, 3, 5, 100}) {
            const auto pages = allPages<AuditEntry>([&](const KeysetCursor &after) {
                return m_admin->auditPage(filter, after, pageSize);
            });
            QVERIFY2(pages.ok(), qPrintable(describe(pages)));
            QCOMPARE(pages.value(), expected);
        }

        // The fixture rows: by prefix, four at one instant across page boundaries.
        filter.eventPrefix = QStringLiteral("test.audit.");
        QList<qsizetype> sizes;
        const auto fixture = allPages<AuditEntry>(
            [&](const KeysetCursor &after) { return m_operator->auditPage(filter, after, 3); },
            &sizes);
        QVERIFY2(fixture.ok(), qPrintable(describe(fixture)));
        QCOMPARE(fixture.value().size(), 12);
        QCOMPARE(sizes.first(), 3);
        const Result<Page<AuditEntry>> page = await(m_admin->auditPage(filter, {}, 1));
        QVERIFY2(page.ok(), qPrintable(describe(page)));
        const AuditEntry &entry = page.value().rows.first();
        QCOMPARE(entry.actorName, QStringLiteral("Ada Admin"));
        QCOMPARE(entry.tenantName, QStringLiteral("Award Club A"));
        QVERIFY(entry.eventType.startsWith(QLatin1String("test.audit.")));
        // Compact, with the text inside strings untouched.
        QVERIFY2(entry.payloadJson.startsWith(QLatin1String("{\"n\":")),
                 qPrintable(entry.payloadJson));
        QVERIFY(entry.payloadJson.contains(QLatin1String("\"text\":\"a: b, c\"")));
        QVERIFY(!QJsonDocument::fromJson(entry.payloadJson.toUtf8()).isNull());

        // Metacharacters in the prefix match themselves; NUL is dropped.
        for (const QString &prefix :
             {QStringLiteral("test%"), QStringLiteral("test_audit"), QStringLiteral("%")}) {
            filter.eventPrefix = prefix;
            const Result<Page<AuditEntry>> none = await(m_admin->auditPage(filter, {}, 10));
            QVERIFY2(none.ok(), qPrintable(describe(none)));
            QVERIFY2(none.value().rows.isEmpty(), qPrintable(prefix));
        }
        filter.eventPrefix = QStringLiteral("test.aud") + QChar(0) + QStringLiteral("it.1");
        const Result<Page<AuditEntry>> ones = await(m_admin->auditPage(filter, {}, 10));
        QVERIFY2(ones.ok(), qPrintable(describe(ones)));
        QCOMPARE(ones.value().rows.size(), 4); // 1, 10, 11, 12

        // Actor and period filters.
        filter.eventPrefix.clear();
        filter.actorUserId = F::id(F::sys1);
        const auto bySam = allPages<AuditEntry>(
            [&](const KeysetCursor &after) { return m_sys1->auditPage(filter, after, 2); });
        QVERIFY2(bySam.ok(), qPrintable(describe(bySam)));
        QCOMPARE(bySam.value(), F::ids("SELECT id FROM tenant_audit_logs WHERE tenant_id = " +
                                       q(kTenantA) + " AND actor_user_id = " + q(F::id(F::sys1)) +
                                       " ORDER BY created_at DESC, id DESC"));
        QVERIFY(!bySam.value().isEmpty());
        filter.actorUserId = {};
        filter.from = QDateTime(QDate(2026, 2, 15), QTime(11, 55), Qt::UTC);
        filter.until = QDateTime(QDate(2026, 2, 15), QTime(12, 0), Qt::UTC);
        const Result<Page<AuditEntry>> period = await(m_admin->auditPage(filter, {}, 50));
        QVERIFY2(period.ok(), qPrintable(describe(period)));
        QCOMPARE(period.value().rows.size(), 4); // minutes 1 to 4 before noon
    }
};

QTEST_GUILESS_MAIN(TestAwardBackend)
#include "tst_award_backend.moc"
