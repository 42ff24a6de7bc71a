#include "PortCheck.h"

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace dicedesk::db {

bool tcpPortInUse(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    // Same as the postmaster: SO_REUSEADDR ignores TIME_WAIT leftovers but not live listeners.
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool inUse = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 &&
                       errno == EADDRINUSE;
    ::close(fd);
    return inUse;
}

} // namespace dicedesk::db
