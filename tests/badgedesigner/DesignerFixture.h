#pragma once

// Access to the seeded sandbox for the designer tests: the superuser DSN, personal logins'
// DSNs (the seed's demo_* roles log in over the socket) and counts as the superuser.
#include "PersonalLogins.h"

#include <QByteArray>
#include <QString>
#include <QUuid>
#include <pqxx/pqxx>
#include <stdexcept>
#include <string>

namespace dicedesk::test {

struct DesignerFixture
{
    /// The seed's demo users (db/seed/README.md).
    static constexpr const char *designerUser = "d1ced35c-de00-4000-8000-000000000003";

    static std::string superuserDsn()
    {
        const QByteArray dsn = qgetenv("DICEDESK_TEST_DSN");
        if (dsn.isEmpty())
            throw std::runtime_error("DICEDESK_TEST_DSN is not set; run under `dicedesk-db "
                                     "sandbox --seed`");
        return dsn.toStdString();
    }

    static QString dsnFor(const QString &login) { return personalLoginDsn(login); }

    static long long count(const std::string &sql)
    {
        pqxx::connection connection(superuserDsn());
        pqxx::nontransaction tx(connection);
        return tx.exec1(sql)[0].as<long long>();
    }

    static QString text(const std::string &sql)
    {
        pqxx::connection connection(superuserDsn());
        pqxx::nontransaction tx(connection);
        const pqxx::row row = tx.exec1(sql);
        return row[0].is_null() ? QString() : QString::fromStdString(row[0].as<std::string>());
    }

    /// The tenant in which demo_designer is an editor ("tenant 1").
    static QUuid designerTenant()
    {
        return QUuid::fromString(text(std::string("SELECT tenant_id::text FROM "
                                                  "user_tenant_memberships WHERE user_id = '") +
                                      designerUser + "' AND role = 'editor' LIMIT 1"));
    }
};

} // namespace dicedesk::test
