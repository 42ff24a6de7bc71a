#include "RecipientImportDialog.h"

#include "AwardsUiLogging.h"
#include "WorkProgressStrip.h"
#include "awards/RecipientCheckModel.h"
#include "awards/RecipientListModel.h"
#include "awards/RecipientResolver.h"
#include "backend/Backend.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace dicedesk {

namespace {

constexpr int kPasteDelayMs = 600;

/// Shows the verdict of skipped lines in bold, so problems stand out in a long preview.
class CheckHighlight : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::FontRole && index.column() == RecipientCheckModel::CheckColumn &&
            !index.data(RecipientCheckModel::OkRole).toBool()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QIdentityProxyModel::data(index, role);
    }
};

QString columnLabel(const CsvTable &table, bool header, int column)
{
    const QString sample = table.rows.isEmpty() ? QString() : table.rows.first().value(column);
    const QString shown = sample.size() > 30 ? sample.left(29) + QChar(0x2026) : sample;
    if (shown.trimmed().isEmpty())
        //: %1 is a column number
        return RecipientImportDialog::tr("Column %1").arg(column + 1);
    return header
               //: %1 is a column number, %2 the column's header
               ? RecipientImportDialog::tr("Column %1: %2").arg(column + 1).arg(shown)
               //: %1 is a column number, %2 the first value in it
               : RecipientImportDialog::tr("Column %1 (e.g. %2)").arg(column + 1).arg(shown);
}

} // namespace

RecipientImportDialog::RecipientImportDialog(Source source, Backend *backend, const QUuid &tenantId,
                                             const QSet<QUuid> &listed, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_backend(backend)
    , m_tenantId(tenantId)
    , m_listed(listed)
    , m_model(new RecipientCheckModel(this))
    , m_resolver(new RecipientResolver(backend, this))
    , m_problemsFilter(new QSortFilterProxyModel(this))
    , m_messages(new MessageBar(this))
    , m_notice(new QLabel(this))
    , m_progress(new WorkProgressStrip(this))
    , m_view(new QTableView(this))
    , m_problemsOnly(new QCheckBox(tr("Show only lines that are skipped"), this))
    , m_summary(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_close(new QPushButton(tr("Cancel"), this))
{
    setObjectName(source == Source::Csv ? QStringLiteral("csvImportDialog")
                                        : QStringLiteral("pasteListDialog"));
    setWindowTitle(source == Source::Csv ? tr("Import recipients from a CSV file")
                                         : tr("Paste a list of recipients"));
    resize(820, 600);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);

    if (source == Source::Csv) {
        m_fileLabel = new QLabel(this);
        m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_chooseFile = new QPushButton(tr("Choose &file…"), this);
        m_chooseFile->setAutoDefault(false);
        auto *fileRow = new QHBoxLayout;
        fileRow->addWidget(m_fileLabel, 1);
        fileRow->addWidget(m_chooseFile);
        layout->addLayout(fileRow);

        m_delimiter = new QComboBox(this);
        m_delimiter->addItem(tr("Comma ( , )"), QVariant::fromValue(QChar(u',')));
        m_delimiter->addItem(tr("Semicolon ( ; )"), QVariant::fromValue(QChar(u';')));
        m_delimiter->addItem(tr("Tab"), QVariant::fromValue(QChar(u'\t')));
        m_header = new QCheckBox(tr("The first row is a &header"), this);
        m_recipientColumn = new QComboBox(this);
        m_amountColumn = new QComboBox(this);
        auto *form = new QFormLayout;
        form->addRow(tr("&Delimiter:"), m_delimiter);
        form->addRow(QString(), m_header);
        form->addRow(tr("&Recipient (e-mail or user id):"), m_recipientColumn);
        form->addRow(tr("&Amount (optional):"), m_amountColumn);
        layout->addLayout(form);

        connect(m_chooseFile, &QPushButton::clicked, this, &RecipientImportDialog::chooseFile);
        connect(m_delimiter, &QComboBox::activated, this, &RecipientImportDialog::reparse);
        connect(m_header, &QCheckBox::toggled, this, [this] {
            // The labels show headers or first values.
            CsvColumnGuess keep{m_header->isChecked(), m_recipientColumn->currentIndex(),
                                m_amountColumn->currentIndex() - 1};
            fillColumnBoxes(keep);
            recheck();
        });
        connect(m_recipientColumn, &QComboBox::activated, this, &RecipientImportDialog::recheck);
        connect(m_amountColumn, &QComboBox::activated, this, &RecipientImportDialog::recheck);
    } else {
        auto *hint = new QLabel(tr("E-mail addresses or user ids, separated by line breaks, "
                                   "commas or semicolons:"),
                                this);
        hint->setWordWrap(true);
        m_pasted = new QPlainTextEdit(this);
        m_pasted->setObjectName(QStringLiteral("pastedList"));
        m_pasted->setTabChangesFocus(true);
        m_pasted->setMaximumHeight(160);
        hint->setBuddy(m_pasted);
        m_checkPasted = new QPushButton(tr("C&heck"), this);
        m_checkPasted->setAutoDefault(false);
        m_pasteDelay = new QTimer(this);
        m_pasteDelay->setSingleShot(true);
        m_pasteDelay->setInterval(kPasteDelayMs);
        layout->addWidget(hint);
        layout->addWidget(m_pasted);
        auto *checkRow = new QHBoxLayout;
        checkRow->addStretch(1);
        checkRow->addWidget(m_checkPasted);
        layout->addLayout(checkRow);
        connect(m_pasted, &QPlainTextEdit::textChanged, this, [this] {
            m_checked = false;
            updateButtons();
            m_pasteDelay->start();
        });
        connect(m_pasteDelay, &QTimer::timeout, this, &RecipientImportDialog::recheck);
        connect(m_checkPasted, &QPushButton::clicked, this, &RecipientImportDialog::recheck);
    }

    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);
    layout->addWidget(m_progress);

    auto *highlight = new CheckHighlight(this);
    highlight->setSourceModel(m_model);
    m_problemsFilter->setSourceModel(highlight);
    m_problemsFilter->setFilterRole(RecipientCheckModel::OkRole);
    m_problemsFilter->setFilterKeyColumn(RecipientCheckModel::CheckColumn);
    connect(m_problemsOnly, &QCheckBox::toggled, this, [this](bool only) {
        m_problemsFilter->setFilterFixedString(only ? QStringLiteral("false") : QString());
    });
    m_view->setObjectName(QStringLiteral("importPreview"));
    m_view->setModel(m_problemsFilter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(RecipientCheckModel::LineColumn, 60);
    m_view->setColumnWidth(RecipientCheckModel::InputColumn, 240);
    m_view->setColumnWidth(RecipientCheckModel::NameColumn, 180);
    m_view->setColumnWidth(RecipientCheckModel::AmountColumn, 80);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_problemsOnly);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(this);
    m_add->setObjectName(QStringLiteral("importAdd"));
    m_add->setDefault(true);
    buttons->addButton(m_add, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (m_checked && m_model->counts().ok > 0 && !isBusy())
            accept();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    connect(m_progress, &WorkProgressStrip::cancelRequested, this, [this] {
        ++m_generation;
        {
            const QSignalBlocker quiet(m_resolver);
            m_resolver->cancel();
        }
        m_parsing = false;
        m_checking = false;
        m_checked = false;
        m_model->clear();
        setBusy(false);
        m_summary->setText(tr("Cancelled; nothing will be added."));
    });
    connect(m_resolver, &RecipientResolver::progress, this,
            [this](int done, int total) { m_progress->setProgress(done, total); });
    connect(m_resolver, &RecipientResolver::finished, this, &RecipientImportDialog::onResolved);
    connect(m_resolver, &RecipientResolver::failed, this, &RecipientImportDialog::onResolveFailed);
    updateButtons();
}

RecipientImportDialog::~RecipientImportDialog()
{
    m_resolver->cancel();
}

bool RecipientImportDialog::isBusy() const
{
    return m_parsing || m_checking;
}

QList<Recipient> RecipientImportDialog::acceptedRecipients() const
{
    return m_model->acceptedRecipients();
}

bool RecipientImportDialog::withAmounts() const
{
    return m_model->withAmounts();
}

QString RecipientImportDialog::summaryText() const
{
    return m_summary->text();
}

QString RecipientImportDialog::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

QString RecipientImportDialog::errorText() const
{
    return m_messages->text();
}

void RecipientImportDialog::setBusy(bool busy, const QString &text, int total)
{
    if (busy) {
        m_summary->clear();
        m_progress->start(text, total);
    } else
        m_progress->stop();
    updateButtons();
}

void RecipientImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import recipients"), m_path.isEmpty() ? QDir::homePath() : m_path,
        tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void RecipientImportDialog::loadFile(const QString &path)
{
    if (m_source != Source::Csv)
        return;
    m_path = path;
    m_fileLabel->setText(QDir::toNativeSeparators(path));
    m_messages->clear();
    m_checked = false;
    m_model->clear();
    {
        const QSignalBlocker quiet(m_resolver);
        m_resolver->cancel();
    }
    m_checking = false;
    m_parsing = true;
    const quint64 generation = ++m_generation;
    //: %1 is a file name
    setBusy(true, tr("Reading %1…").arg(QFileInfo(path).fileName()));
    QtConcurrent::run([path] {
        Parsed parsed;
        QFile file(path);
        if (file.size() > CsvReader::kMaxFileBytes) {
            //: %1 is a size in megabytes
            parsed.error = tr("The file is larger than %1 MB; split it or remove columns.")
                               .arg(CsvReader::kMaxFileBytes / (1024 * 1024));
            return parsed;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            parsed.error = tr("The file could not be opened: %1").arg(file.errorString());
            return parsed;
        }
        bool removedNul = false;
        parsed.text = CsvReader::decode(file.readAll(), &removedNul);
        parsed.delimiter = CsvReader::detectDelimiter(parsed.text);
        parsed.table = CsvReader::parse(parsed.text, parsed.delimiter);
        parsed.table.removedNul = parsed.table.removedNul || removedNul;
        return parsed;
    }).then(this, [this, generation](const Parsed &parsed) {
        if (generation != m_generation)
            return;
        m_parsing = false;
        if (!parsed.error.isEmpty()) {
            setBusy(false);
            m_messages->showMessage(MessageBar::Tone::Error, parsed.error);
            return;
        }
        m_text = parsed.text;
        const int index = m_delimiter->findData(QVariant::fromValue(parsed.delimiter));
        m_delimiter->setCurrentIndex(std::max(index, 0));
        onParsed(parsed);
    });
}

void RecipientImportDialog::reparse()
{
    if (m_text.isEmpty())
        return;
    m_checked = false;
    m_parsing = true;
    const quint64 generation = ++m_generation;
    {
        const QSignalBlocker quiet(m_resolver);
        m_resolver->cancel();
    }
    m_checking = false;
    const QChar delimiter = m_delimiter->currentData().value<QChar>();
    const QString text = m_text;
    setBusy(true, tr("Reading the file…"));
    QtConcurrent::run([text, delimiter] {
        Parsed parsed;
        parsed.delimiter = delimiter;
        parsed.table = CsvReader::parse(text, delimiter);
        return parsed;
    }).then(this, [this, generation](const Parsed &parsed) {
        if (generation != m_generation)
            return;
        m_parsing = false;
        onParsed(parsed);
    });
}

void RecipientImportDialog::onParsed(const Parsed &parsed)
{
    qCDebug(lcAwardsPane) << "parsed" << parsed.table.rows.size() << "row(s)";
    const bool removedNul = parsed.table.removedNul || m_table.removedNul;
    m_table = parsed.table;
    m_table.removedNul = removedNul;
    QStringList notices;
    if (m_table.removedNul)
        notices.append(tr("The file contained NUL characters; they were ignored."));
    if (m_table.unterminatedQuote)
        notices.append(tr("The file ends inside a quoted field; the last line may be incomplete."));
    if (m_table.rows.isEmpty())
        notices.append(tr("The file holds no lines."));
    m_notice->setText(notices.join(QLatin1Char(' ')));
    m_notice->setVisible(!notices.isEmpty());
    fillColumnBoxes(RecipientCheck::guessColumns(m_table));
    recheck();
}

void RecipientImportDialog::fillColumnBoxes(const CsvColumnGuess &guess)
{
    const QSignalBlocker blockHeader(m_header);
    const QSignalBlocker blockRecipient(m_recipientColumn);
    const QSignalBlocker blockAmount(m_amountColumn);
    m_header->setChecked(guess.header);
    m_recipientColumn->clear();
    m_amountColumn->clear();
    m_amountColumn->addItem(tr("None: the award's amount applies to everyone"));
    for (int c = 0; c < m_table.columnCount; ++c) {
        const QString label = columnLabel(m_table, guess.header, c);
        m_recipientColumn->addItem(label);
        m_amountColumn->addItem(label);
    }
    m_recipientColumn->setCurrentIndex(
        std::clamp(guess.recipientColumn, 0, std::max(0, m_table.columnCount - 1)));
    m_amountColumn->setCurrentIndex(
        guess.amountColumn >= 0 && guess.amountColumn < m_table.columnCount ? guess.amountColumn + 1
                                                                            : 0);
}

void RecipientImportDialog::setPastedText(const QString &text)
{
    if (m_source != Source::Paste)
        return;
    m_pasted->setPlainText(text);
    m_pasteDelay->stop();
    recheck();
}

void RecipientImportDialog::recheck()
{
    if (m_pasteDelay)
        m_pasteDelay->stop();
    m_messages->clear();
    m_checked = false;
    {
        const QSignalBlocker quiet(m_resolver);
        m_resolver->cancel();
    }
    const bool csv = m_source == Source::Csv;
    if (csv && m_table.rows.isEmpty() && m_text.isEmpty())
        return;
    const bool header = csv && m_header->isChecked();
    const int recipientColumn = csv ? std::max(0, m_recipientColumn->currentIndex()) : 0;
    const int amountColumn = csv ? m_amountColumn->currentIndex() - 1 : -1;
    const QString pasted = csv ? QString() : m_pasted->toPlainText();
    const quint64 generation = ++m_generation;
    m_checking = true;
    setBusy(true, tr("Reading the lines…"));
    // Tens of thousands of lines: built and compared off the GUI thread.
    QtConcurrent::run([csv, table = m_table, header, recipientColumn, amountColumn, pasted] {
        Prepared prepared;
        prepared.inputs =
            csv ? RecipientCheck::fromCsv(table, header, recipientColumn, amountColumn)
                : RecipientCheck::splitPasted(pasted);
        prepared.distinct = RecipientCheck::distinctInputs(prepared.inputs);
        return prepared;
    }).then(this, [this, generation, amountColumn](const Prepared &prepared) {
        if (generation != m_generation)
            return;
        m_inputs = prepared.inputs;
        m_inputsWithAmounts = amountColumn >= 0;
        if (prepared.distinct.size() > kMaxCheckedInputs) {
            m_checking = false;
            m_model->clear();
            setBusy(false);
            //: %1 is how many different recipients a file names, %2 the most an award may have
            m_messages->showMessage(
                MessageBar::Tone::Error,
                tr("The list names %1 different recipients, and an award can have at most %2. "
                   "Split it into several awards.")
                    .arg(QLocale().toString(prepared.distinct.size()),
                         QLocale().toString(RecipientListModel::kMaxRecipients)));
            return;
        }
        //: Progress while lines are checked against the database
        setBusy(true, tr("Checking %Ln line(s)…", nullptr, static_cast<int>(m_inputs.size())),
                static_cast<int>(prepared.distinct.size()));
        m_resolver->start(m_tenantId, prepared.distinct);
    });
}

void RecipientImportDialog::onResolved()
{
    qCDebug(lcAwardsPane) << "resolved; checking" << m_inputs.size() << "line(s)";
    const quint64 generation = m_generation;
    QtConcurrent::run([inputs = m_inputs, withAmounts = m_inputsWithAmounts,
                       answers = m_resolver->answers(), listed = m_listed] {
        return RecipientCheck::check(inputs, withAmounts, answers, listed);
    }).then(this, [this, generation](const QList<CheckedRecipient> &rows) {
        if (generation != m_generation)
            return;
        m_checking = false;
        showRows(rows);
    });
}

void RecipientImportDialog::onResolveFailed(const BackendError &error)
{
    m_checking = false;
    setBusy(false);
    m_messages->showMessage(MessageBar::Tone::Error, error.userMessage(), error.detail());
}

void RecipientImportDialog::showRows(const QList<CheckedRecipient> &rows)
{
    m_model->setRows(rows, m_inputsWithAmounts);
    m_view->setColumnHidden(RecipientCheckModel::AmountColumn, !m_inputsWithAmounts);
    m_checked = true;
    setBusy(false);
    qCInfo(lcAwardsPane) << "import preview:" << m_model->counts().ok << "ok,"
                         << m_model->counts().skipped() << "skipped";
    Q_EMIT checked();
}

void RecipientImportDialog::updateButtons()
{
    const CheckCounts counts = m_model->counts();
    const bool ready = m_checked && !isBusy();
    const qsizetype wouldBe = m_listed.size() + counts.ok;
    const bool tooMany = wouldBe > RecipientListModel::kMaxRecipients;
    //: %Ln is how many recipients are added, %1 how many lines are skipped
    m_add->setText(ready ? tr("&Add %Ln recipient(s), skip %1", nullptr, counts.ok)
                               .arg(QLocale().toString(counts.skipped()))
                         : tr("&Add recipients"));
    m_add->setEnabled(ready && counts.ok > 0 && !tooMany);
    if (!ready) {
        if (!m_progress->isBusy() && m_summary->text().isEmpty())
            m_summary->setText(m_source == Source::Csv ? tr("Choose a CSV file.")
                                                       : tr("Paste e-mails or user ids."));
        return;
    }
    QString text = RecipientCheck::countsText(counts);
    if (tooMany)
        //: %1 is the most recipients an award may have, %2 how many the list would hold
        text += QLatin1Char(' ') + tr("Too many: an award can have at most %1 recipients, and "
                                      "the list would hold %2.")
                                       .arg(QLocale().toString(RecipientListModel::kMaxRecipients),
                                            QLocale().toString(wouldBe));
    m_summary->setText(text);
}

} // namespace dicedesk
