#pragma once

#include "domain/Achievement.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QStackedWidget;

namespace dicedesk {

class ProblemMarks;

/// The structured unlock criteria: the type (event, milestone, manual) and its parameters —
/// event: event type and how many times; milestone: metric and threshold; manual: none.
/// Parameters the console does not know are shown and kept as they are.
class UnlockCriteriaEditor : public QWidget
{
    Q_OBJECT

public:
    UnlockCriteriaEditor(ProblemMarks &marks, QWidget *parent = nullptr);

    void setCriteria(const UnlockCriteria &criteria);
    UnlockCriteria criteria() const;
    void setReadOnly(bool readOnly);

    QComboBox *typeCombo() const { return m_type; }
    QComboBox *eventTypeCombo() const { return m_eventType; }
    QSpinBox *countSpin() const { return m_count; }
    QComboBox *metricCombo() const { return m_metric; }
    QSpinBox *thresholdSpin() const { return m_threshold; }
    QLabel *keptLabel() const { return m_kept; }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showPage();
    void updateKept();

    QComboBox *m_type;
    QStackedWidget *m_pages;
    QComboBox *m_eventType;
    QSpinBox *m_count;
    QComboBox *m_metric;
    QSpinBox *m_threshold;
    QLabel *m_manualNote;
    QLabel *m_kept;
    QLabel *m_eventTypeLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_metricLabel = nullptr;
    QLabel *m_thresholdLabel = nullptr;
    QJsonObject m_extra; ///< parameters the console does not know
    bool m_loading = false;
};

} // namespace dicedesk
