#pragma once

#include "PgSession.h"
#include "domain/SearchHit.h"

#include <QList>

namespace dicedesk::pg {

/// The command palette's lookups: users (name or e-mail prefix, members of the scope),
/// achievements (name or key, global or in scope) and award requests (requester, message or
/// id prefix). Each kind is one indexed query with a small limit.
QList<SearchHit> querySearch(PgSession &session, const SearchQuery &query);

/// `text` as a LIKE pattern that matches literally: % _ and \ are escaped.
std::string likeEscaped(const QString &text);

} // namespace dicedesk::pg
