#pragma once

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTimer;

namespace dicedesk {

/// Which stretch of time a list covers: all time, today, the last 7 or 30 days (counted in
/// whole local days, today included), or a custom range of local days (both ends included).
/// Emits changed() when the period changes (the date fields after a short pause).
class PeriodFilter : public QWidget
{
    Q_OBJECT

public:
    enum class Preset
    {
        All,
        Today,
        Last7Days,
        Last30Days,
        Custom,
    };
    Q_ENUM(Preset)

    explicit PeriodFilter(QWidget *parent = nullptr);

    Preset preset() const;
    void setPreset(Preset preset);
    /// Sets a custom range of local days (both included).
    void setRange(const QDate &from, const QDate &to);

    /// The first instant in the period, UTC; invalid: no lower bound.
    QDateTime from() const;
    /// The first instant after the period, UTC; invalid: no upper bound.
    QDateTime until() const;

    QComboBox *presetBox() const { return m_preset; }
    QDateEdit *fromEdit() const { return m_fromEdit; }
    QDateEdit *toEdit() const { return m_toEdit; }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateRangeVisibility();

    QLabel *m_label;
    QComboBox *m_preset;
    QLabel *m_fromLabel;
    QDateEdit *m_fromEdit;
    QLabel *m_toLabel;
    QDateEdit *m_toEdit;
    QTimer *m_delay;
};

} // namespace dicedesk
