#pragma once

#include "domain/Achievement.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace dicedesk {

class AchievementDiffModel;
class AchievementVersionModel;

/// The editor's "History" tab: every saved version (version, author, time, reason) and a
/// side-by-side diff of any two of them (latest against the one before by default), with the
/// changed fields highlighted and an "only changes" switch. "Restore" loads an older version
/// into the editor, to be saved as a new version with a reason.
class AchievementVersionHistory : public QWidget
{
    Q_OBJECT

public:
    explicit AchievementVersionHistory(QWidget *parent = nullptr);

    void setVersions(const QList<AchievementVersion> &versions);
    void clear();
    /// Shows that versions are loading, or why they could not be.
    void setStatus(const QString &text);
    /// Compares two versions (left: the older one, usually).
    void compare(int leftVersion, int rightVersion);
    void setRestoreEnabled(bool enabled);

    AchievementVersionModel *versionModel() const { return m_versions; }
    AchievementDiffModel *diffModel() const { return m_diff; }
    QTableView *versionTable() const { return m_versionTable; }
    QTableView *diffTable() const { return m_diffTable; }
    QComboBox *leftCombo() const { return m_left; }
    QComboBox *rightCombo() const { return m_right; }
    QCheckBox *onlyChangesCheck() const { return m_onlyChanges; }
    QPushButton *restoreButton() const { return m_restore; }
    QLabel *summaryLabel() const { return m_summary; }

Q_SIGNALS:
    /// Load @p version's definition into the editor.
    void restoreRequested(const dicedesk::AchievementVersion &version);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillCombos();
    void updateDiff();
    void applyHighlight();

    AchievementVersionModel *m_versions;
    AchievementDiffModel *m_diff;
    QLabel *m_status;
    QTableView *m_versionTable;
    QLabel *m_compareLabel;
    QComboBox *m_left;
    QLabel *m_withLabel;
    QComboBox *m_right;
    QCheckBox *m_onlyChanges;
    QPushButton *m_restore;
    QLabel *m_summary;
    QTableView *m_diffTable;
    bool m_restoreAllowed = true;
    bool m_filling = false;
};

} // namespace dicedesk
