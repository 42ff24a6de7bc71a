#include "AchievementVersionHistory.h"

#include "AchievementDiffModel.h"
#include "AchievementVersionModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace dicedesk {

AchievementVersionHistory::AchievementVersionHistory(QWidget *parent)
    : QWidget(parent)
    , m_versions(new AchievementVersionModel(this))
    , m_diff(new AchievementDiffModel(this))
    , m_status(new QLabel(this))
    , m_versionTable(new QTableView(this))
    , m_compareLabel(new QLabel(this))
    , m_left(new QComboBox(this))
    , m_withLabel(new QLabel(this))
    , m_right(new QComboBox(this))
    , m_onlyChanges(new QCheckBox(this))
    , m_restore(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_diffTable(new QTableView(this))
{
    m_left->setObjectName(QStringLiteral("leftVersionCombo"));
    m_right->setObjectName(QStringLiteral("rightVersionCombo"));
    m_onlyChanges->setObjectName(QStringLiteral("onlyChangesCheck"));
    m_restore->setObjectName(QStringLiteral("restoreVersionButton"));
    m_versionTable->setObjectName(QStringLiteral("versionTable"));
    m_diffTable->setObjectName(QStringLiteral("diffTable"));
    m_status->setEnabled(false);
    m_status->hide();

    m_versionTable->setModel(m_versions);
    m_versionTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versionTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versionTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versionTable->verticalHeader()->hide();
    m_versionTable->setAlternatingRowColors(true);
    m_versionTable->horizontalHeader()->setStretchLastSection(true);
    m_versionTable->horizontalHeader()->setSectionResizeMode(AchievementVersionModel::VersionColumn,
                                                             QHeaderView::ResizeToContents);
    m_versionTable->horizontalHeader()->setSectionResizeMode(AchievementVersionModel::TimeColumn,
                                                             QHeaderView::ResizeToContents);
    m_versionTable->setColumnWidth(AchievementVersionModel::AuthorColumn, 160);

    m_diffTable->setModel(m_diff);
    m_diffTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diffTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_diffTable->setWordWrap(true);
    m_diffTable->verticalHeader()->hide();
    m_diffTable->horizontalHeader()->setSectionResizeMode(AchievementDiffModel::FieldColumn,
                                                          QHeaderView::ResizeToContents);
    m_diffTable->horizontalHeader()->setSectionResizeMode(AchievementDiffModel::LeftColumn,
                                                          QHeaderView::Stretch);
    m_diffTable->horizontalHeader()->setSectionResizeMode(AchievementDiffModel::RightColumn,
                                                          QHeaderView::Stretch);
    m_diffTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_onlyChanges->setChecked(true);
    m_summary->setObjectName(QStringLiteral("diffSummary"));

    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(m_compareLabel);
    compareRow->addWidget(m_left);
    compareRow->addWidget(m_withLabel);
    compareRow->addWidget(m_right);
    compareRow->addSpacing(12);
    compareRow->addWidget(m_onlyChanges);
    compareRow->addStretch(1);
    compareRow->addWidget(m_restore);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(compareRow);
    bottomLayout->addWidget(m_summary);
    bottomLayout->addWidget(m_diffTable, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_versionTable);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_left, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            updateDiff();
    });
    connect(m_right, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            updateDiff();
    });
    connect(m_onlyChanges, &QCheckBox::toggled, m_diff, &AchievementDiffModel::setOnlyChanges);
    connect(m_versionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                // Picking a version compares it with the one before it.
                const AchievementVersion *v = m_versions->versionAt(current.row());
                const AchievementVersion *before = m_versions->versionAt(current.row() + 1);
                if (v)
                    compare(before ? before->version : v->version, v->version);
            });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const AchievementVersion *v =
            m_versions->versionAt(m_versions->rowOf(m_left->currentData().toInt()));
        if (v)
            Q_EMIT restoreRequested(*v);
    });
    retranslateUi();
    applyHighlight();
}

void AchievementVersionHistory::retranslateUi()
{
    m_compareLabel->setText(tr("Compare"));
    //: between two version pickers: "Compare [version 2] with [version 3]"
    m_withLabel->setText(tr("with"));
    m_onlyChanges->setText(tr("Only changes"));
    m_onlyChanges->setToolTip(tr("Show only the fields that differ between the two versions."));
    m_restore->setToolTip(tr("Load the left version into the editor; saving stores it as a new "
                             "version with a reason."));
    fillCombos();
}

void AchievementVersionHistory::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyHighlight();
    QWidget::changeEvent(event);
}

void AchievementVersionHistory::applyHighlight()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_diff->setHighlight(dark ? QColor(0x5c, 0x4b, 0x12) : QColor(0xff, 0xf1, 0xc1));
}

void AchievementVersionHistory::setVersions(const QList<AchievementVersion> &versions)
{
    m_versions->setVersions(versions);
    m_status->hide();
    fillCombos();
    const QList<AchievementVersion> &sorted = m_versions->versions();
    if (sorted.isEmpty()) {
        m_diff->clear();
        updateDiff();
        return;
    }
    compare(sorted.size() > 1 ? sorted.at(1).version : sorted.first().version,
            sorted.first().version);
}

void AchievementVersionHistory::clear()
{
    m_versions->setVersions({});
    fillCombos();
    m_diff->clear();
    updateDiff();
}

void AchievementVersionHistory::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void AchievementVersionHistory::fillCombos()
{
    const int left = m_left->currentData().toInt();
    const int right = m_right->currentData().toInt();
    m_filling = true;
    m_left->clear();
    m_right->clear();
    for (const AchievementVersion &v : m_versions->versions()) {
        //: %1 a version number; the latest one is marked
        const QString text = v.version == m_versions->versions().first().version
                                 ? tr("version %1 (latest)").arg(v.version)
                                 : tr("version %1").arg(v.version);
        m_left->addItem(text, v.version);
        m_right->addItem(text, v.version);
    }
    m_left->setCurrentIndex(qMax(0, m_left->findData(left)));
    m_right->setCurrentIndex(qMax(0, m_right->findData(right)));
    m_filling = false;
}

void AchievementVersionHistory::compare(int leftVersion, int rightVersion)
{
    m_filling = true;
    m_left->setCurrentIndex(m_left->findData(leftVersion));
    m_right->setCurrentIndex(m_right->findData(rightVersion));
    m_filling = false;
    updateDiff();
}

void AchievementVersionHistory::setRestoreEnabled(bool enabled)
{
    m_restoreAllowed = enabled;
    updateDiff();
}

void AchievementVersionHistory::updateDiff()
{
    const AchievementVersion *left =
        m_versions->versionAt(m_versions->rowOf(m_left->currentData().toInt()));
    const AchievementVersion *right =
        m_versions->versionAt(m_versions->rowOf(m_right->currentData().toInt()));
    const bool any = left && right;
    m_left->setEnabled(any);
    m_right->setEnabled(any);
    m_onlyChanges->setEnabled(any);
    if (!any) {
        m_diff->clear();
        m_summary->setText(tr("No saved versions yet."));
        m_restore->setText(tr("Restore…"));
        m_restore->setEnabled(false);
        return;
    }
    m_diff->setDefinitions(left->definition, tr("Version %1").arg(left->version), right->definition,
                           tr("Version %1").arg(right->version));
    if (left->version == right->version)
        m_summary->setText(tr("The same version on both sides; pick another to compare."));
    else
        //: %n changed fields between version %1 and %2
        m_summary->setText(tr("%n field(s) differ between version %1 and version %2.", nullptr,
                              m_diff->changedCount())
                               .arg(left->version)
                               .arg(right->version));
    //: %1 a version number
    m_restore->setText(tr("Restore version %1…").arg(left->version));
    const bool latest = left->version == m_versions->versions().first().version;
    m_restore->setEnabled(m_restoreAllowed && !latest);
}

} // namespace dicedesk
