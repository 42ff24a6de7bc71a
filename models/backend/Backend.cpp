#include "Backend.h"

namespace dicedesk {

Backend::~Backend() = default;

} // namespace dicedesk
