#pragma once

#include <QLoggingCategory>

/// The badge designer: its controls, preview, presets and export.
Q_DECLARE_LOGGING_CATEGORY(lcBadgeDesigner)
