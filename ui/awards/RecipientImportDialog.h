#pragma once

#include "awards/CsvReader.h"
#include "awards/Recipient.h"
#include "awards/RecipientCheck.h"

#include <QDialog>
#include <QSet>
#include <QUuid>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace dicedesk {

class Backend;
class BackendError;
class MessageBar;
class RecipientCheckModel;
class RecipientResolver;
class WorkProgressStrip;

/// Adds recipients from a CSV file or a pasted list. Every line is checked against the
/// database before anything is added (unknown user, not a member of this organisation,
/// duplicate, bad amount) and shown in a preview; bad lines are skipped. A CSV file is read
/// and parsed on a worker thread, its delimiter detected, a header row and the recipient and
/// amount columns guessed and changeable. Lines are checked in chunks with progress and
/// Cancel.
class RecipientImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Source
    {
        Csv,
        Paste
    };

    /// @p listed are the users on the list already (they count as duplicates), so the
    /// dialog can also tell when the list would grow beyond 10,000.
    RecipientImportDialog(Source source, Backend *backend, const QUuid &tenantId,
                          const QSet<QUuid> &listed, QWidget *parent = nullptr);
    ~RecipientImportDialog() override;

    Source source() const { return m_source; }
    /// Reads and checks a CSV file (on a worker thread).
    void loadFile(const QString &path);
    /// Sets the pasted list and checks it.
    void setPastedText(const QString &text);

    /// Reading, parsing or checking is under way.
    bool isBusy() const;
    /// The last check is complete and shown.
    bool isChecked() const { return m_checked; }
    QList<Recipient> acceptedRecipients() const;
    bool withAmounts() const;

    RecipientCheckModel *checkModel() const { return m_model; }
    QTableView *previewView() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QComboBox *delimiterBox() const { return m_delimiter; }
    QCheckBox *headerBox() const { return m_header; }
    QComboBox *recipientColumnBox() const { return m_recipientColumn; }
    QComboBox *amountColumnBox() const { return m_amountColumn; }
    QCheckBox *problemsOnlyBox() const { return m_problemsOnly; }
    WorkProgressStrip *progressStrip() const { return m_progress; }
    QString summaryText() const;
    QString noticeText() const;
    QString errorText() const;

Q_SIGNALS:
    /// A preview is complete (after every load, mapping change or paste).
    void checked();

private:
    /// More different recipients than this are not checked: they could never be one award.
    static constexpr int kMaxCheckedInputs = 20'000;

    struct Prepared
    {
        QList<RecipientInput> inputs;
        QStringList distinct;
    };

    struct Parsed
    {
        QString error;
        QString text;
        QChar delimiter;
        CsvTable table;
    };

    void chooseFile();
    void onParsed(const Parsed &parsed);
    void reparse();
    void fillColumnBoxes(const CsvColumnGuess &guess);
    /// The mapping or the text changed: build the lines and check them.
    void recheck();
    void onResolved();
    void onResolveFailed(const BackendError &error);
    void showRows(const QList<CheckedRecipient> &rows);
    void updateButtons();
    void setBusy(bool busy, const QString &text = {}, int total = 0);

    Source m_source;
    Backend *m_backend;
    QUuid m_tenantId;
    QSet<QUuid> m_listed;
    RecipientCheckModel *m_model;
    RecipientResolver *m_resolver;
    QSortFilterProxyModel *m_problemsFilter;

    MessageBar *m_messages;
    QLabel *m_fileLabel = nullptr;
    QPushButton *m_chooseFile = nullptr;
    QComboBox *m_delimiter = nullptr;
    QCheckBox *m_header = nullptr;
    QComboBox *m_recipientColumn = nullptr;
    QComboBox *m_amountColumn = nullptr;
    QPlainTextEdit *m_pasted = nullptr;
    QPushButton *m_checkPasted = nullptr;
    QTimer *m_pasteDelay = nullptr;
    QLabel *m_notice;
    WorkProgressStrip *m_progress;
    QTableView *m_view;
    QCheckBox *m_problemsOnly;
    QLabel *m_summary;
    QPushButton *m_add;
    QPushButton *m_close;

    QString m_path;
    QString m_text;
    CsvTable m_table;
    QList<RecipientInput> m_inputs;
    bool m_inputsWithAmounts = false;
    bool m_parsing = false;
    bool m_checking = false;
    bool m_checked = false;
    quint64 m_generation = 0;
};

} // namespace dicedesk
