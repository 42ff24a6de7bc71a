#include "SecretStore.h"

namespace dicedesk {

SecretStore::~SecretStore() = default;

QString SecretError::userMessage() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::NotFound:
        return tr("No password is saved for this profile. Type it to connect.");
    case Kind::NoKeychain:
        return tr("The system keychain is not available, so the password cannot be "
                  "remembered. Type it to connect; it is used for this session only.");
    case Kind::Locked:
        return tr("The system keychain is locked or refused access, so the saved password "
                  "cannot be used. Unlock it and reopen this dialog, or type the password; it "
                  "is used for this session only.");
    case Kind::Other:
        return tr("The system keychain reported an error, so the password cannot be "
                  "remembered. Type it to connect; it is used for this session only.");
    }
    return {};
}

} // namespace dicedesk
