#pragma once

namespace dicedesk::db {

// True if something already listens on 127.0.0.1:port (binding it fails with EADDRINUSE).
bool tcpPortInUse(int port);

} // namespace dicedesk::db
