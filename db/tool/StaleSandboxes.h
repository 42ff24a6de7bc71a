#pragma once

namespace dicedesk::db {

// `dicedesk-db sandbox --cleanup-stale`: stops and deletes dicedesk-sandbox-* folders in $TMPDIR
// (else /tmp) whose owning sandbox process (sandbox.pid) is gone. Prints one line per folder.
// Returns the number of folders removed.
int cleanupStaleSandboxes();

} // namespace dicedesk::db
