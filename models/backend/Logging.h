#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcBackend)
Q_DECLARE_LOGGING_CATEGORY(lcPgWorker)
Q_DECLARE_LOGGING_CATEGORY(lcModels)
