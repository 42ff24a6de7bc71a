#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariant>

namespace dicedesk {

/// Where a command-palette entry leads: what the shell receives when the user picks it.
/// Panes and actions carry the string id the shell registered ("overview", "refresh");
/// database rows carry their uuid as a string (QUuid::WithoutBraces) and their tenant.
struct PaletteTarget
{
    Q_GADGET

public:
    enum class Kind
    {
        Pane,
        Action,
        User,
        Achievement,
        Request,
    };
    Q_ENUM(Kind)

    Kind kind = Kind::Pane;
    QString id;
    QUuid tenantId; ///< null for panes, actions and global rows
    QString title;

    bool isValid() const { return !id.isEmpty(); }
    friend bool operator==(const PaletteTarget &, const PaletteTarget &) = default;
};

/// A pane or action the shell registers with the palette; matched locally as the user types.
struct PaletteEntry
{
    PaletteTarget::Kind kind = PaletteTarget::Kind::Pane; ///< Pane or Action
    QString id;                                           ///< stable id, e.g. "overview"
    QString title;                                        ///< translated, shown and matched
    QString subtitle;                                     ///< optional second text, shown only
    QString shortcut;     ///< native shortcut text, e.g. "Ctrl+1"; empty if none
    QStringList keywords; ///< more words to match (translated), e.g. "dashboard"
    QString iconPath;     ///< resource path, e.g. ":/icons/overview.svg"
    /// An icon built by the ui side (a QIcon in a QVariant); models/ never looks inside.
    QVariant decoration;
};

} // namespace dicedesk

Q_DECLARE_METATYPE(dicedesk::PaletteTarget)
Q_DECLARE_METATYPE(dicedesk::PaletteEntry)
