#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcShell)
Q_DECLARE_LOGGING_CATEGORY(lcOverview)
Q_DECLARE_LOGGING_CATEGORY(lcTour)
