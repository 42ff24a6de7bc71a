#include "AchievementImportDialog.h"

#include "ImportExportLogging.h"
#include "ImportPreviewModel.h"
#include "ImportProblemModel.h"
#include "achievements/AwardBuilderFile.h"
#include "backend/Backend.h"
#include "theme/ThemedIcon.h"
#include "widgets/MessageBar.h"
#include "widgets/ReasonDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace dicedesk {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    return view;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

AchievementImportDialog::AchievementImportDialog(Backend *backend, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_messages(new MessageBar(this))
    , m_file(new QLabel(this))
    , m_choose(new QPushButton(tr("&Choose file…"), this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_previewTitle(heading(tr("Achievements in the file"), this))
    , m_previewView(nullptr)
    , m_problemsTitle(heading(QString(), this))
    , m_problemsView(nullptr)
    , m_outcome(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply…"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_preview(new ImportPreviewModel(this))
    , m_problems(new ImportProblemModel(this))
{
    setObjectName(QStringLiteral("achievementImportDialog"));
    setWindowTitle(tr("Import achievements"));
    m_messages->setObjectName(QStringLiteral("importMessages"));

    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setTextFormat(Qt::PlainText);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_choose->setObjectName(QStringLiteral("chooseFile"));
    m_choose->setIcon(themedIcon(QStringLiteral(":/icons/import.svg")));
    m_choose->setAutoDefault(false);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 0); // the server gives no steps: busy
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progressText->setObjectName(QStringLiteral("importProgressText"));

    m_previewView = makeTable(m_preview, this, QStringLiteral("importPreview"));
    m_previewView->setAccessibleName(tr("Achievements in the file"));
    QHeaderView *header = m_previewView->horizontalHeader();
    header->setSectionResizeMode(ImportPreviewModel::KeyColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImportPreviewModel::NameColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ImportPreviewModel::ActionColumn, QHeaderView::ResizeToContents);
    header->resizeSection(ImportPreviewModel::NameColumn, 220);
    m_problemsView = makeTable(m_problems, this, QStringLiteral("importProblems"));
    m_problemsView->setAccessibleName(tr("Problems"));
    m_problemsView->horizontalHeader()->setSectionResizeMode(ImportProblemModel::PathColumn,
                                                             QHeaderView::ResizeToContents);
    m_problemsTitle->setObjectName(QStringLiteral("importProblemsTitle"));

    m_outcome->setObjectName(QStringLiteral("importOutcome"));
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setWordWrap(true);
    QFont strong = m_outcome->font();
    strong.setBold(true);
    m_outcome->setFont(strong);

    m_apply->setObjectName(QStringLiteral("applyImport"));
    m_apply->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_cancel->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_apply, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);

    auto *fileLabel = new QLabel(tr("File:"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressText);
    progressRow->addWidget(m_progress, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_messages);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addLayout(progressRow);
    layout->addWidget(m_previewTitle);
    layout->addWidget(m_previewView, 3);
    layout->addWidget(m_problemsTitle);
    layout->addWidget(m_problemsView, 2);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);

    connect(m_choose, &QPushButton::clicked, this, &AchievementImportDialog::chooseFile);
    connect(m_apply, &QPushButton::clicked, this, &AchievementImportDialog::askReason);
    connect(m_cancel, &QPushButton::clicked, this, &AchievementImportDialog::reject);
    // Retry reads the file again (it may have been fixed meanwhile) and checks it again.
    connect(m_messages, &MessageBar::retryRequested, this, [this] {
        if (!m_path.isEmpty() && !m_busy && !m_applied)
            loadFile(m_path);
    });

    resize(820, 620);
    reset();
}

void AchievementImportDialog::reset()
{
    ++m_generation;
    m_document = {};
    m_report = {};
    m_checked = false;
    m_applied = false;
    m_lastReason.clear();
    m_preview->clear();
    m_problems->setProblems({});
    m_messages->clear();
    m_outcome->clear();
    m_file->setText(tr("No file chosen. Choose an award builder export (.json)."));
    m_summary->clear();
    m_summary->hide();
    setBusy(false);
    updateSummary();
    updateButtons();
}

void AchievementImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import achievements"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Award builder exports (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void AchievementImportDialog::loadFile(const QString &path)
{
    reset();
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        FieldProblem problem;
        problem.path = QStringLiteral("$");
        //: %1 is the system's reason
        problem.message = tr("The file cannot be opened: %1").arg(file.errorString());
        showFileProblems({problem});
        return;
    }
    // Never more than the limit and one byte: the reader refuses what is too large.
    const QByteArray bytes = file.read(kAwardBuilderFileMaxBytes + 1);
    const AwardBuilderFileRead read = readAwardBuilderFile(bytes);
    m_document = read.document;
    m_preview->setDocument(m_document);
    updateSummary();
    if (!read.problems.isEmpty()) {
        showFileProblems(read.problems);
        return;
    }
    startDryRun();
}

void AchievementImportDialog::showFileProblems(const QList<FieldProblem> &problems)
{
    m_problems->setProblems(problems);
    m_checked = true;
    //: %n problems found while reading the file
    m_messages->showMessage(
        MessageBar::Tone::Error,
        tr("This file cannot be imported: %n problem(s) found. Nothing was written.", nullptr,
           static_cast<int>(problems.size())));
    updateSummary();
    updateButtons();
    Q_EMIT checked();
}

void AchievementImportDialog::startDryRun()
{
    if (!m_backend) {
        m_messages->showMessage(MessageBar::Tone::Error, tr("Not connected."));
        return;
    }
    const quint64 generation = ++m_generation;
    m_checked = false;
    setBusy(true, tr("Checking the file with the server…"));
    updateButtons();
    m_backend->importAchievements(m_document, QString(), true)
        .then(this, [this, generation](const Result<AchievementImportReport> &result) {
            if (generation != m_generation)
                return; // another file was chosen meanwhile
            setBusy(false);
            if (!result.ok()) {
                m_checked = true;
                showError(tr("The file could not be checked."), result.error());
                updateButtons();
                Q_EMIT checked();
                return;
            }
            onDryRun(result.value());
        });

    if (!m_tenantName.isEmpty())
        return;
    const QJsonObject scope = m_document.value(QLatin1String("publish_scope")).toObject();
    const QUuid tenant = QUuid::fromString(scope.value(QLatin1String("tenant_id")).toString());
    if (tenant.isNull())
        return;
    m_backend->tenants().then(this, [this, tenant](const Result<QList<Tenant>> &result) {
        if (!result.ok())
            return;
        for (const Tenant &t : result.value()) {
            if (t.id == tenant)
                m_tenantName = t.name;
        }
        updateSummary();
    });
}

void AchievementImportDialog::onDryRun(const AchievementImportReport &report)
{
    m_report = report;
    m_checked = true;
    m_preview->setReport(report);
    m_problems->setProblems(report.errors);
    if (!report.valid) {
        m_messages->showMessage(
            MessageBar::Tone::Error,
            tr("The server refused this file: %n problem(s). Nothing was written.", nullptr,
               static_cast<int>(report.errors.size())));
        m_outcome->clear();
    } else {
        m_messages->clear();
        const int created = static_cast<int>(report.created.size());
        const int updated = static_cast<int>(report.updated.size());
        const int unchanged = static_cast<int>(report.unchanged.size());
        QString text = countsText(created, updated, unchanged, false);
        if (created + updated == 0)
            text += QLatin1Char(' ') + tr("Nothing to import: the database already matches.");
        m_outcome->setText(text);
        if (updated > 0)
            fetchCurrentForChanges();
    }
    updateSummary();
    updateButtons();
    Q_EMIT checked();
}

void AchievementImportDialog::fetchCurrentForChanges()
{
    // Which fields an update changes: compare with the scope as it is now (best effort).
    const QJsonObject scope = m_document.value(QLatin1String("publish_scope")).toObject();
    const QUuid tenant = QUuid::fromString(scope.value(QLatin1String("tenant_id")).toString());
    const quint64 generation = m_generation;
    m_backend->exportAchievements(tenant).then(
        this, [this, generation](const Result<QJsonObject> &result) {
            if (generation != m_generation || !result.ok())
                return;
            m_preview->setCurrent(result.value());
        });
}

QString AchievementImportDialog::countsText(int created, int updated, int unchanged,
                                            bool done) const
{
    //: import counts; each %n is a number of achievements
    const QStringList parts =
        done ? QStringList{tr("%n created", nullptr, created), tr("%n updated", nullptr, updated),
                           tr("%n unchanged", nullptr, unchanged)}
             : QStringList{tr("%n to create", nullptr, created),
                           tr("%n to update", nullptr, updated),
                           tr("%n unchanged", nullptr, unchanged)};
    return parts.join(QStringLiteral(", ")) + QLatin1Char('.');
}

void AchievementImportDialog::askReason()
{
    if (!canApply())
        return;
    const int created = static_cast<int>(m_report.created.size());
    const int updated = static_cast<int>(m_report.updated.size());
    //: %1 the scope ("Global", a tenant), %2 the counts ("2 to create, 1 to update, …")
    const QString summary =
        tr("Import into %1: %2 Every change is a new version written with "
           "this reason; all or nothing.")
            .arg(scopeText(),
                 countsText(created, updated, static_cast<int>(m_report.unchanged.size()), false));
    auto *dialog = new ReasonDialog(tr("Apply import"), summary, tr("Import"), this);
    dialog->setObjectName(QStringLiteral("importReasonDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_lastReason.isEmpty())
        dialog->setReason(m_lastReason); // nothing typed is lost after a failure
    m_reasonDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this] { m_reasonDialog = nullptr; });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_lastReason = dialog->reason();
        apply(dialog->reason());
    });
    dialog->open();
}

void AchievementImportDialog::apply(const QString &reason)
{
    if (!m_backend || !canApply())
        return;
    const quint64 generation = ++m_generation;
    m_applying = true;
    m_messages->clear();
    setBusy(true, tr("Importing…"));
    updateButtons();
    m_backend->importAchievements(m_document, reason, false)
        .then(this, [this, generation](const Result<AchievementImportReport> &result) {
            if (generation != m_generation)
                return;
            m_applying = false;
            setBusy(false);
            if (!result.ok()) {
                showError(tr("The import was not applied; nothing was written."), result.error());
                updateButtons();
                Q_EMIT applyFinished(false);
                return;
            }
            const AchievementImportReport &report = result.value();
            m_report = report;
            m_preview->setReport(report);
            if (!report.valid) {
                // Something changed since the dry run: show why, write nothing.
                m_problems->setProblems(report.errors);
                m_messages->showMessage(
                    MessageBar::Tone::Error,
                    tr("The server refused the import: %n problem(s). Nothing was written.",
                       nullptr, static_cast<int>(report.errors.size())));
                updateSummary();
                updateButtons();
                Q_EMIT applyFinished(false);
                return;
            }
            m_applied = true;
            const QString counts = countsText(static_cast<int>(report.created.size()),
                                              static_cast<int>(report.updated.size()),
                                              static_cast<int>(report.unchanged.size()), true);
            m_outcome->setText(counts);
            m_messages->showMessage(MessageBar::Tone::Information,
                                    tr("Import applied: %1").arg(counts));
            m_cancel->setText(tr("Close"));
            updateSummary();
            updateButtons();
            Q_EMIT applyFinished(true);
            Q_EMIT imported();
        });
}

void AchievementImportDialog::reject()
{
    if (m_applying)
        return;     // an import in flight is all or nothing on the server; wait for its answer
    ++m_generation; // a dry run still running is forgotten: it writes nothing
    QDialog::reject();
}

bool AchievementImportDialog::canApply() const
{
    return m_backend && !m_busy && m_checked && !m_applied && m_report.valid &&
           m_report.errors.isEmpty() &&
           (!m_report.created.isEmpty() || !m_report.updated.isEmpty());
}

void AchievementImportDialog::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_progressText->setVisible(busy);
    m_progressText->setText(text);
}

void AchievementImportDialog::updateButtons()
{
    m_apply->setEnabled(canApply());
    m_choose->setEnabled(!m_applying);
    m_cancel->setEnabled(!m_applying);
}

QString AchievementImportDialog::scopeText() const
{
    const QJsonObject scope = m_document.value(QLatin1String("publish_scope")).toObject();
    const QString type = scope.value(QLatin1String("type")).toString();
    if (type == QLatin1String("global"))
        return tr("Global (every tenant)");
    if (type == QLatin1String("tenant")) {
        //: %1 is the tenant's name or id
        return tr("Tenant %1")
            .arg(m_tenantName.isEmpty() ? scope.value(QLatin1String("tenant_id")).toString()
                                        : m_tenantName);
    }
    return tr("unknown");
}

void AchievementImportDialog::updateSummary()
{
    const int rows = m_preview->rowCount();
    if (m_document.isEmpty()) {
        m_summary->setVisible(false);
    } else {
        const QJsonValue version = m_document.value(QLatin1String("schema_version"));
        const QString versionText = version.isString() ? version.toString() : tr("missing");
        //: import summary: %1 schema version ("1.0"), %2 the scope, %n achievements
        m_summary->setText(tr("Schema version %1 · Scope: %2 · %n achievement(s)", nullptr, rows)
                               .arg(versionText, scopeText()));
        m_summary->setVisible(true);
    }
    const int problems = m_problems->rowCount();
    //: heading of the problem list; %n problems
    m_problemsTitle->setText(tr("Problems (%n)", nullptr, problems));
    m_problemsTitle->setVisible(problems > 0);
    m_problemsView->setVisible(problems > 0);
    m_previewTitle->setVisible(rows > 0 || problems == 0);
    m_previewView->setVisible(rows > 0 || problems == 0);
}

void AchievementImportDialog::showError(const QString &text, const BackendError &error)
{
    const QString full = error.isError() ? text + QLatin1Char(' ') + error.userMessage() : text;
    m_messages->showMessage(MessageBar::Tone::Error, full, error.detail());
}

QString AchievementImportDialog::messageText() const
{
    return m_messages->text();
}

QString AchievementImportDialog::summaryText() const
{
    return m_summary->text();
}

QString AchievementImportDialog::outcomeText() const
{
    return m_outcome->text();
}

} // namespace dicedesk
