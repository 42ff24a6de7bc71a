#pragma once

#include "domain/Achievement.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace dicedesk {

class Backend;
class BackendError;
class ImportPreviewModel;
class ImportProblemModel;
class MessageBar;
class ReasonDialog;

/// Imports an AWARD_BUILDER_EXPORT_SCHEMA_V1 file: reads it (size, JSON, duplicate keys), lets
/// the server check it strictly without writing (a dry run), previews what will be created,
/// updated or left unchanged, lists every problem by field path, and applies it all or
/// nothing after asking a reason. Nothing is written before Apply; Cancel closes at any time
/// except while the import is being applied.
class AchievementImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AchievementImportDialog(Backend *backend, QWidget *parent = nullptr);

    /// Asks for a file (QFileDialog) and loads it.
    void chooseFile();
    /// Reads the file and starts the dry run.
    void loadFile(const QString &path);

    /// Apply is possible: a valid file that changes something, nothing running.
    bool canApply() const;
    bool isBusy() const { return m_busy; }
    /// The dry run (or the file check) finished for the loaded file.
    bool isChecked() const { return m_checked; }
    bool isApplied() const { return m_applied; }
    const QJsonObject &document() const { return m_document; }
    const AchievementImportReport &report() const { return m_report; }

    ImportPreviewModel *previewModel() const { return m_preview; }
    ImportProblemModel *problemModel() const { return m_problems; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *cancelButton() const { return m_cancel; }
    ReasonDialog *reasonDialog() const { return m_reasonDialog; }
    QString messageText() const;
    QString summaryText() const;
    QString outcomeText() const;

Q_SIGNALS:
    /// The file was read and checked by the server (or refused before).
    void checked();
    /// An apply ended (successfully or not).
    void applyFinished(bool ok);
    /// Achievements were created or updated.
    void imported();

protected:
    void reject() override;

private:
    void reset();
    void showFileProblems(const QList<FieldProblem> &problems);
    void startDryRun();
    void onDryRun(const AchievementImportReport &report);
    void fetchCurrentForChanges();
    void askReason();
    void apply(const QString &reason);
    void setBusy(bool busy, const QString &text = {});
    void updateSummary();
    void updateButtons();
    void showError(const QString &text, const BackendError &error);
    QString scopeText() const;
    QString countsText(int created, int updated, int unchanged, bool done) const;

    QPointer<Backend> m_backend;
    QJsonObject m_document;
    AchievementImportReport m_report;
    QString m_path;
    QString m_tenantName;
    QString m_lastReason;
    quint64 m_generation = 0;
    bool m_busy = false;
    bool m_applying = false;
    bool m_checked = false;
    bool m_applied = false;

    MessageBar *m_messages;
    QLabel *m_file;
    QPushButton *m_choose;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QLabel *m_previewTitle;
    QTableView *m_previewView;
    QLabel *m_problemsTitle;
    QTableView *m_problemsView;
    QLabel *m_outcome;
    QPushButton *m_apply;
    QPushButton *m_cancel;
    ImportPreviewModel *m_preview;
    ImportProblemModel *m_problems;
    QPointer<ReasonDialog> m_reasonDialog;
};

} // namespace dicedesk
