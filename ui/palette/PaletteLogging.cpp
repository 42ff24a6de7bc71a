#include "PaletteLogging.h"

Q_LOGGING_CATEGORY(lcPaletteUi, "dicedesk.ui.palette", QtInfoMsg)
