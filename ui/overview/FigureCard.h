#pragma once

#include <QFrame>
#include <QPersistentModelIndex>

class QLabel;

namespace dicedesk {

/// A card showing one row of the OverviewFiguresModel: name, headline value, caption and,
/// where there is one, the 7-day value. Reads the model; holds no figures of its own.
class FigureCard : public QFrame
{
    Q_OBJECT

public:
    FigureCard(const QPersistentModelIndex &row, QWidget *parent = nullptr);

    /// Re-reads the row from the model.
    void update();

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The texts come from the model (which translates on every read) and from here: both
    /// are read again, with numbers in the new locale.
    void retranslateUi();

    QPersistentModelIndex m_row;
    QLabel *m_name;
    QLabel *m_value;
    QLabel *m_caption;
    QLabel *m_last7;
};

} // namespace dicedesk
