#include "PgSession.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dicedesk::pg {

void PgSession::prepare(pqxx::transaction_base &tx) const
{
    if (!m_options.operatorMode())
        return;
    const std::string sub = m_options.actAsUser.toString(QUuid::WithoutBraces).toStdString();
    const QJsonObject claims{{QStringLiteral("sub"), QString::fromStdString(sub)},
                             {QStringLiteral("role"), QStringLiteral("authenticated")}};
    const std::string json = QJsonDocument(claims).toJson(QJsonDocument::Compact).toStdString();
    tx.exec("SET LOCAL ROLE service_role");
    // Both spellings: auth.uid() prefers request.jwt.claim.sub, as Supabase does.
    tx.exec_params("SELECT set_config('request.jwt.claims', $1, true), "
                   "set_config('request.jwt.claim.sub', $2, true), "
                   "set_config('request.jwt.claim.role', 'authenticated', true)",
                   json, sub);
}

} // namespace dicedesk::pg
