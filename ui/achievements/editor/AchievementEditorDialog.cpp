#include "AchievementEditorDialog.h"

#include "AchievementDefinitionTab.h"
#include "AchievementMemberPreview.h"
#include "AchievementTextsTab.h"
#include "AchievementVersionHistory.h"
#include "EditorLogging.h"
#include "achievements/AchievementDiff.h"
#include "achievements/AchievementValidation.h"
#include "backend/Backend.h"
#include "items/KeysetListModel.h"
#include "theme/ThemedIcon.h"
#include "widgets/MessageBar.h"
#include "widgets/ReasonDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>
#include <limits>

namespace dicedesk {

namespace {

enum TabIndex
{
    DefinitionTab,
    TextsTab,
    PreviewTab,
    HistoryTab
};

bool isTextPath(const QString &path)
{
    return path.startsWith(QLatin1String("translations")) || path == QLatin1String("name") ||
           path == QLatin1String("description") || path == QLatin1String("hint_text");
}

} // namespace

AchievementEditorDialog::AchievementEditorDialog(Backend *backend, const Identity &identity,
                                                 const QList<Tenant> &tenantsOfScope,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_identity(identity)
    , m_tenants(tenantsOfScope)
    , m_header(new QLabel(this))
    , m_messages(new MessageBar(this))
    , m_conflictBar(new QFrame(this))
    , m_conflictText(new QLabel(m_conflictBar))
    , m_reapply(new QPushButton(m_conflictBar))
    , m_reload(new QPushButton(m_conflictBar))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_definition(new AchievementDefinitionTab(identity, tenantsOfScope, m_marks, this))
    , m_texts(new AchievementTextsTab(m_marks, this))
    , m_preview(new AchievementMemberPreview(this))
    , m_history(new AchievementVersionHistory(this))
    , m_award(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_save(new QPushButton(this))
{
    setObjectName(QStringLiteral("achievementEditor"));
    setSizeGripEnabled(true);
    resize(900, 700);
    m_header->setObjectName(QStringLiteral("editorHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_conflictBar->setObjectName(QStringLiteral("conflictBar"));
    m_summary->setObjectName(QStringLiteral("problemSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_award->setObjectName(QStringLiteral("awardButton"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_reapply->setObjectName(QStringLiteral("reapplyButton"));
    m_reload->setObjectName(QStringLiteral("reloadButton"));

    // The conflict bar: a stale save keeps the edits and offers the two ways out.
    auto *conflict = qobject_cast<QFrame *>(m_conflictBar);
    conflict->setFrameShape(QFrame::StyledPanel);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    conflict->setStyleSheet(dark ? QStringLiteral("#conflictBar { background: #4e3b0b; }")
                                 : QStringLiteral("#conflictBar { background: #fff4d6; }"));
    m_conflictText->setWordWrap(true);
    auto *conflictLayout = new QHBoxLayout(m_conflictBar);
    auto *conflictIcon = new QLabel(m_conflictBar);
    conflictIcon->setPixmap(themedIcon(QStringLiteral(":/icons/warning.svg")).pixmap(20, 20));
    conflictLayout->addWidget(conflictIcon, 0, Qt::AlignTop);
    conflictLayout->addWidget(m_conflictText, 1);
    conflictLayout->addWidget(m_reapply);
    conflictLayout->addWidget(m_reload);
    m_conflictBar->hide();

    const bool darkSummary = dark;
    m_summary->setStyleSheet(darkSummary ? QStringLiteral("QLabel { color: #ef9a9a; }")
                                         : QStringLiteral("QLabel { color: #c62828; }"));
    m_summary->hide();

    m_tabs->addTab(m_definition, QString());
    m_tabs->addTab(m_texts, QString());
    m_tabs->addTab(m_preview, QString());
    m_tabs->addTab(m_history, QString());

    for (QPushButton *button : {m_award, m_close, m_save})
        button->setAutoDefault(false);
    m_save->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_award->setIcon(themedIcon(QStringLiteral(":/icons/award.svg")));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_award);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_messages);
    layout->addWidget(m_conflictBar);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_definition, &AchievementDefinitionTab::changed, this,
            &AchievementEditorDialog::onEdited);
    connect(m_texts, &AchievementTextsTab::changed, this, &AchievementEditorDialog::onEdited);
    connect(m_definition, &AchievementDefinitionTab::easterEggToggled, m_texts,
            &AchievementTextsTab::setEasterEgg);
    connect(m_definition, &AchievementDefinitionTab::designBadgeRequested, this,
            &AchievementEditorDialog::designBadgeRequested);
    connect(m_history, &AchievementVersionHistory::restoreRequested, this,
            &AchievementEditorDialog::restoreVersion);
    connect(m_save, &QPushButton::clicked, this, &AchievementEditorDialog::save);
    connect(m_close, &QPushButton::clicked, this, &AchievementEditorDialog::reject);
    connect(m_award, &QPushButton::clicked, this, [this] {
        if (m_record)
            Q_EMIT awardRequested(m_record->id, m_record->definition.name);
    });
    connect(m_reapply, &QPushButton::clicked, this, [this] { reloadLatest(true); });
    connect(m_reload, &QPushButton::clicked, this, [this] { reloadLatest(false); });
    connect(m_messages, &MessageBar::retryRequested, this, &AchievementEditorDialog::save);

    auto *saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, &AchievementEditorDialog::save);
    auto *nextTab = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab), this);
    connect(nextTab, &QShortcut::activated, this,
            [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    auto *previousTab = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), this);
    connect(previousTab, &QShortcut::activated, this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });

    retranslateUi();
}

AchievementEditorDialog::~AchievementEditorDialog() = default;

void AchievementEditorDialog::retranslateUi()
{
    m_tabs->setTabText(DefinitionTab, tr("&Definition"));
    m_tabs->setTabText(TextsTab, tr("&Texts"));
    m_tabs->setTabText(PreviewTab, tr("&Preview"));
    m_tabs->setTabText(HistoryTab, tr("&History"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(
        tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_close->setText(tr("Close"));
    m_award->setText(tr("&Award to members…"));
    m_award->setToolTip(tr("Award this achievement to members by hand."));
    m_reapply->setText(tr("Reapply my changes"));
    m_reapply->setToolTip(tr("Load the latest version and apply your changes on top of it; "
                             "review and save again."));
    m_reload->setText(tr("Discard mine and reload"));
    refresh();
}

void AchievementEditorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QUuid AchievementEditorDialog::achievementId() const
{
    return m_record ? m_record->id : QUuid();
}

int AchievementEditorDialog::version() const
{
    return m_record ? m_record->version : 0;
}

QString AchievementEditorDialog::storedStatus() const
{
    return m_record ? m_record->definition.status : QString();
}

AchievementDefinition AchievementEditorDialog::currentDefinition() const
{
    AchievementDefinition d = m_record ? m_record->definition : AchievementDefinition{};
    m_definition->apply(d);
    m_texts->apply(d);
    return d;
}

bool AchievementEditorDialog::isDirty() const
{
    return !m_readOnly && currentDefinition() != m_baseline;
}

QList<FieldProblem> AchievementEditorDialog::problems() const
{
    return AchievementValidation::problems(currentDefinition(), storedStatus()) + m_serverProblems;
}

void AchievementEditorDialog::openNew(const QUuid &tenantId)
{
    ++m_generation;
    m_record.reset();
    m_holders = -1;
    m_lastReason.clear();
    m_conflictBar->hide();
    m_messages->clear();
    AchievementDefinition d;
    QUuid tenant;
    if (!tenantId.isNull() && AchievementValidation::mayDesign(m_identity, tenantId)) {
        tenant = tenantId;
    } else if (!m_identity.systemAdmin) {
        for (const Tenant &t : std::as_const(m_tenants)) {
            if (AchievementValidation::mayDesign(m_identity, t.id)) {
                tenant = t.id;
                break;
            }
        }
    }
    d.scope = tenant.isNull() ? QStringLiteral("global") : QStringLiteral("tenant");
    d.tenantId = tenant;
    d.conditionType = QStringLiteral("manual");
    populateNew(d);
    show();
    raise();
    activateWindow();
    m_definition->keyEdit()->setFocus();
}

void AchievementEditorDialog::populateNew(const AchievementDefinition &d)
{
    m_loading = true;
    m_definition->load(d, QString(), QString());
    m_texts->load(d);
    m_loading = false;
    m_readOnly = !AchievementValidation::mayDesign(m_identity, d.tenantId) &&
                 !m_identity.systemAdmin && d.tenantId.isNull();
    if (m_readOnly)
        m_messages->showMessage(MessageBar::Tone::Error,
                                tr("You may not create achievements: that needs a system admin, "
                                   "or the admin or editor role in a tenant."));
    m_definition->setReadOnly(m_readOnly);
    m_texts->setReadOnly(m_readOnly);
    m_definition->setHolderNote({});
    m_serverProblems.clear();
    m_baseline = currentDefinition();
    m_history->clear();
    m_tabs->setTabEnabled(HistoryTab, false);
    m_tabs->setCurrentIndex(DefinitionTab);
    refresh();
    Q_EMIT loaded();
}

void AchievementEditorDialog::openExisting(const QUuid &id)
{
    const int generation = ++m_generation;
    m_record.reset();
    m_holders = -1;
    m_lastReason.clear();
    m_conflictBar->hide();
    m_messages->showMessage(MessageBar::Tone::Information, tr("Loading the achievement…"));
    setBusy(true);
    show();
    raise();
    activateWindow();
    m_backend->achievement(id).then(
        this, [this, generation](const Result<AchievementRecord> &result) {
            if (generation != m_generation)
                return;
            setBusy(false);
            if (!result.ok()) {
                qCWarning(lcAchievementEditor) << "loading failed:" << result.error().detail();
                m_messages->showMessage(MessageBar::Tone::Error, result.error().userMessage(),
                                        result.error().detail());
                return;
            }
            m_messages->clear();
            populate(result.value());
            m_tabs->setCurrentIndex(DefinitionTab);
            loadVersions();
            loadHolders();
            Q_EMIT loaded();
        });
}

void AchievementEditorDialog::populate(const AchievementRecord &record)
{
    m_record = record;
    m_loading = true;
    m_definition->load(record.definition, record.definition.status, record.tenantName);
    m_texts->load(record.definition);
    m_loading = false;
    m_readOnly = !AchievementValidation::mayDesign(m_identity, record.definition.tenantId);
    m_definition->setReadOnly(m_readOnly);
    m_texts->setReadOnly(m_readOnly);
    m_history->setRestoreEnabled(!m_readOnly);
    if (m_readOnly)
        m_messages->showMessage(MessageBar::Tone::Information,
                                tr("You can look at this achievement but not change it: that "
                                   "needs a system admin, or an admin or editor of its tenant."));
    m_serverProblems.clear();
    m_baseline = currentDefinition();
    m_tabs->setTabEnabled(HistoryTab, true);
    refresh();
}

void AchievementEditorDialog::showInForm(const AchievementDefinition &definition)
{
    m_loading = true;
    m_definition->load(definition, storedStatus(), m_record ? m_record->tenantName : QString());
    m_texts->load(definition);
    m_loading = false;
    m_serverProblems.clear();
    refresh();
}

void AchievementEditorDialog::setIconConfig(const QJsonObject &iconConfig)
{
    m_definition->setIconConfig(iconConfig);
}

void AchievementEditorDialog::onEdited()
{
    if (m_loading)
        return;
    m_serverProblems.clear(); // the field changed; the database will look again on save
    refresh();
}

void AchievementEditorDialog::refresh()
{
    const AchievementDefinition d = currentDefinition();
    const QList<FieldProblem> client = AchievementValidation::problems(d, storedStatus());
    const QList<FieldProblem> all = client + m_serverProblems;
    m_marks.show(all); // what has no field is in the summary with the rest

    bool inDefinition = false;
    bool inTexts = false;
    QStringList lines;
    for (const FieldProblem &p : all) {
        (isTextPath(p.path) ? inTexts : inDefinition) = true;
        const QString line =
            p.path.isEmpty()
                ? p.message
                //: a problem in the summary: %1 the field, %2 what is wrong
                : tr("%1: %2").arg(AchievementValidation::fieldLabel(p.path), p.message);
        if (!lines.contains(line))
            lines.append(line);
    }
    if (lines.isEmpty() || m_readOnly) {
        m_summary->hide();
    } else {
        //: followed by the list of problems, one a line
        m_summary->setText(tr("Fix %n problem(s) to save:", nullptr, int(lines.size())) +
                           QLatin1Char('\n') + QStringLiteral("• ") +
                           lines.join(QStringLiteral("\n• ")));
        m_summary->show();
    }
    const QIcon warning = themedIcon(QStringLiteral(":/icons/warning.svg"));
    const QStringList missing = AchievementValidation::missingLocales(d);
    m_texts->setMissing(missing);
    m_tabs->setTabIcon(DefinitionTab, inDefinition && !m_readOnly ? warning : QIcon());
    m_tabs->setTabIcon(TextsTab,
                       (inTexts && !m_readOnly) || !missing.isEmpty() ? warning : QIcon());
    m_tabs->setTabToolTip(TextsTab,
                          missing.isEmpty() ? QString() : tr("Some translations are missing"));
    m_preview->setDefinition(d);

    const bool dirty = !m_readOnly && d != m_baseline;
    const bool isNew = !m_record;
    m_save->setEnabled(!m_busy && !m_readOnly && client.isEmpty() && (isNew || dirty));
    m_award->setVisible(!isNew);
    m_award->setEnabled(!isNew && !m_busy &&
                        m_record->definition.status == QLatin1String("active"));
    m_award->setToolTip(m_award->isEnabled() ? tr("Award this achievement to members by hand.")
                                             : tr("Only active achievements can be awarded."));

    setWindowModified(dirty);
    const QString key = d.key.isEmpty() ? tr("new achievement") : d.key;
    if (isNew)
        setWindowTitle(tr("New achievement[*]"));
    else if (m_readOnly)
        setWindowTitle(tr("Achievement %1").arg(key));
    else
        //: %1 the achievement key
        setWindowTitle(tr("Edit achievement %1[*]").arg(key));

    const QString name = d.name.isEmpty() ? tr("Untitled") : d.name.toHtmlEscaped();
    QString sub;
    if (isNew) {
        sub = tr("Not saved yet");
    } else {
        //: %1 version number, %2 who saved it, %3 when
        sub = tr("Version %1 · saved by %2 · %3")
                  .arg(m_record->version)
                  .arg(m_record->updatedByName.isEmpty() ? tr("unknown")
                                                         : m_record->updatedByName.toHtmlEscaped(),
                       KeysetListModel::formatTime(m_record->updatedAt));
        if (!m_record->tenantName.isEmpty())
            sub += QStringLiteral(" · ") + m_record->tenantName.toHtmlEscaped();
        if (dirty)
            sub += QStringLiteral(" · <b>") + tr("unsaved changes") + QStringLiteral("</b>");
    }
    m_header->setText(QStringLiteral("<span style='font-size:large; font-weight:600'>%1</span>"
                                     "<br/><span>%2</span>")
                          .arg(name, sub));
}

void AchievementEditorDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_reapply->setEnabled(!busy);
    m_reload->setEnabled(!busy);
    refresh();
}

QString AchievementEditorDialog::holderText(qint64 holders) const
{
    //: shown before saving a change to an active achievement; %n members hold it
    return tr("Held by %n member(s) — they keep it; the change applies to how it shows.", nullptr,
              int(qMin<qint64>(holders, std::numeric_limits<int>::max())));
}

void AchievementEditorDialog::loadHolders()
{
    if (!m_record)
        return;
    const int generation = m_generation;
    m_backend->achievementHolderCount(m_record->id)
        .then(this, [this, generation](const Result<qint64> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                qCInfo(lcAchievementEditor) << "holder count:" << result.error().detail();
                m_holders = -1;
                m_definition->setHolderNote({});
                return;
            }
            m_holders = result.value();
            m_definition->setHolderNote(m_holders > 0 ? holderText(m_holders) : QString());
        });
}

void AchievementEditorDialog::loadVersions()
{
    if (!m_record)
        return;
    const int generation = m_generation;
    m_history->setStatus(tr("Loading the versions…"));
    m_backend->achievementVersions(m_record->id)
        .then(this, [this, generation](const Result<QList<AchievementVersion>> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                qCWarning(lcAchievementEditor) << "versions failed:" << result.error().detail();
                m_history->setStatus(result.error().userMessage());
                return;
            }
            m_history->setVersions(result.value());
            Q_EMIT versionsLoaded();
        });
}

void AchievementEditorDialog::save()
{
    if (m_busy || !m_save->isEnabled() || m_reasonDialog)
        return;
    if (!m_record) {
        submit(QString());
        return;
    }
    if (m_record->definition.status == QLatin1String("active") ||
        m_record->definition.status == QLatin1String("archived")) {
        // Say how many hold it, counted now, before the change is made.
        const int generation = m_generation;
        setBusy(true);
        m_backend->achievementHolderCount(m_record->id)
            .then(this, [this, generation](const Result<qint64> &result) {
                if (generation != m_generation)
                    return;
                setBusy(false);
                if (result.ok())
                    m_holders = result.value();
                askReasonAndSubmit(result.ok() ? result.value() : -1);
            });
        return;
    }
    askReasonAndSubmit(-1);
}

void AchievementEditorDialog::askReasonAndSubmit(qint64 holders)
{
    const QList<AchievementDiffRow> changes =
        AchievementDiff::changes(m_record->definition, currentDefinition());
    QStringList fields;
    for (const AchievementDiffRow &row : changes)
        fields.append(row.label);
    //: %1 the achievement key, %2 the changed fields, e.g. "Name (English), Status"
    QString summary = tr("Save a new version of %1. Changed: %2.")
                          .arg(currentDefinition().key, fields.join(QStringLiteral(", ")));
    if (holders > 0)
        summary += QStringLiteral("\n\n") + holderText(holders);
    auto *dialog = new ReasonDialog(tr("Save changes"), summary, tr("Save"), this);
    dialog->setObjectName(QStringLiteral("saveReasonDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReason(m_lastReason);
    m_reasonDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this] { m_reasonDialog = nullptr; });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_lastReason = dialog->reason();
        submit(dialog->reason());
    });
    dialog->open();
}

void AchievementEditorDialog::submit(const QString &reason)
{
    AchievementSaveDraft draft;
    draft.id = achievementId();
    draft.definition = currentDefinition();
    draft.expectedVersion = version();
    draft.reason = reason;
    m_messages->showMessage(MessageBar::Tone::Information, tr("Saving…"));
    m_conflictBar->hide();
    setBusy(true);
    const int generation = m_generation;
    m_backend->saveAchievement(draft).then(
        this, [this, generation, draft](const Result<AchievementSaveOutcome> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                setBusy(false);
                onSaveFailed(result.error());
                Q_EMIT saveFinished(false);
                return;
            }
            const AchievementSaveOutcome outcome = result.value();
            m_lastReason.clear();
            if (outcome.changed)
                Q_EMIT saved(outcome.id, outcome.version);
            // Show what the database stored (normalised), as the new baseline.
            const int next = ++m_generation;
            m_backend->achievement(outcome.id)
                .then(this, [this, next, outcome](const Result<AchievementRecord> &record) {
                    if (next != m_generation)
                        return;
                    setBusy(false);
                    if (record.ok()) {
                        populate(record.value());
                        loadVersions();
                        loadHolders();
                    } else {
                        qCWarning(lcAchievementEditor)
                            << "reload after save failed:" << record.error().detail();
                        if (!m_record) {
                            AchievementRecord stored;
                            stored.id = outcome.id;
                            stored.definition = currentDefinition();
                            m_record = stored;
                        }
                        m_record->version = outcome.version;
                        m_baseline = currentDefinition();
                        refresh();
                    }
                    if (outcome.changed)
                        //: %1 the version number just saved
                        m_messages->showMessage(MessageBar::Tone::Information,
                                                tr("Saved as version %1.").arg(outcome.version));
                    else
                        m_messages->showMessage(MessageBar::Tone::Information,
                                                tr("Nothing to save: the stored version is the "
                                                   "same."));
                    Q_EMIT saveFinished(true);
                    if (m_closeAfterSave) {
                        m_closeAfterSave = false;
                        QDialog::accept();
                    }
                });
        });
}

void AchievementEditorDialog::onSaveFailed(const BackendError &error)
{
    m_closeAfterSave = false;
    qCWarning(lcAchievementEditor) << "save failed:" << error.detail();
    if (error.kind() == BackendError::Kind::Conflict &&
        (error.sqlState() == QLatin1String("40001") ||
         error.detail().contains(QLatin1String("changed by someone else")))) {
        m_messages->clear();
        m_conflictText->setText(
            tr("Someone else saved a newer version while you were editing. Your changes are "
               "still here: apply them on top of the latest version (and review before saving), "
               "or discard them and reload."));
        m_conflictBar->show();
        return;
    }
    if (error.kind() == BackendError::Kind::Validation) {
        m_serverProblems = AchievementValidation::problemsFromServer(error);
        refresh();
        m_messages->showMessage(MessageBar::Tone::Error,
                                tr("The database refused the achievement; the problems are "
                                   "shown at their fields. Your changes are kept."),
                                error.detail());
        return;
    }
    m_messages->showMessage(MessageBar::Tone::Error,
                            error.userMessage() + QLatin1Char(' ') + tr("Your changes are kept."),
                            error.detail());
}

void AchievementEditorDialog::reloadLatest(bool reapplyMine)
{
    if (!m_record)
        return;
    const AchievementDefinition mine = currentDefinition();
    const AchievementDefinition base = m_baseline;
    const int generation = ++m_generation;
    setBusy(true);
    m_backend->achievement(m_record->id)
        .then(this, [this, generation, mine, base,
                     reapplyMine](const Result<AchievementRecord> &result) {
            if (generation != m_generation)
                return;
            setBusy(false);
            if (!result.ok()) {
                m_messages->showMessage(MessageBar::Tone::Error,
                                        result.error().userMessage() + QLatin1Char(' ') +
                                            tr("Your changes are kept."),
                                        result.error().detail());
                return;
            }
            m_conflictBar->hide();
            populate(result.value());
            loadVersions();
            loadHolders();
            if (reapplyMine) {
                AchievementDefinition merged =
                    AchievementDiff::reapply(base, mine, result.value().definition);
                if (!AchievementValidation::transitionAllowed(storedStatus(), merged.status))
                    merged.status = storedStatus();
                showInForm(merged);
                m_messages->showMessage(
                    MessageBar::Tone::Information,
                    //: %1 the latest version number, %2 who saved it
                    tr("Your changes are applied on top of version %1 by %2. Review them and "
                       "save again.")
                        .arg(result.value().version)
                        .arg(result.value().updatedByName));
            } else {
                m_messages->showMessage(MessageBar::Tone::Information,
                                        tr("Reloaded version %1.").arg(result.value().version));
            }
        });
}

void AchievementEditorDialog::restoreVersion(const AchievementVersion &version)
{
    if (!m_record || m_readOnly)
        return;
    AchievementDefinition d = version.definition;
    // The scope cannot change, and the status follows its own rules.
    d.scope = m_record->definition.scope;
    d.tenantId = m_record->definition.tenantId;
    if (!AchievementValidation::transitionAllowed(storedStatus(), d.status))
        d.status = storedStatus();
    showInForm(d);
    //: the suggested reason when restoring, %1 the version number
    m_lastReason = tr("Restored version %1").arg(version.version);
    m_tabs->setCurrentIndex(DefinitionTab);
    m_messages->showMessage(MessageBar::Tone::Information,
                            tr("Version %1 is loaded into the editor. Review it and save to "
                               "store it as a new version.")
                                .arg(version.version));
}

void AchievementEditorDialog::reject()
{
    if (m_reasonDialog)
        return;
    if (isDirty() && !m_busy) {
        QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                        tr("The achievement has changes that are not saved."),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("unsavedChangesPrompt"));
        box.setInformativeText(tr("Save them before closing?"));
        box.setDefaultButton(QMessageBox::Cancel);
        box.button(QMessageBox::Save)->setEnabled(m_save->isEnabled());
        const int answer = box.exec();
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            m_closeAfterSave = true;
            save();
            return;
        }
    }
    ++m_generation; // answers still on their way are for nobody now
    m_busy = false;
    QDialog::reject();
}

} // namespace dicedesk
