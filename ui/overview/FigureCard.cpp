#include "FigureCard.h"

#include "items/OverviewFiguresModel.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace dicedesk {

FigureCard::FigureCard(const QPersistentModelIndex &row, QWidget *parent)
    : QFrame(parent)
    , m_row(row)
    , m_name(new QLabel(this))
    , m_value(new QLabel(this))
    , m_caption(new QLabel(this))
    , m_last7(new QLabel(this))
{
    setObjectName(QStringLiteral("figureCard"));
    setFrameShape(QFrame::NoFrame);
    setMinimumWidth(200);
    setStyleSheet(QStringLiteral(
        "#figureCard { background: palette(base); border: 1px solid palette(midlight); "
        "border-radius: 8px; }"));

    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.0);
    valueFont.setWeight(QFont::DemiBold);
    m_value->setFont(valueFont);
    QFont nameFont = m_name->font();
    nameFont.setWeight(QFont::DemiBold);
    m_name->setFont(nameFont);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_last7->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(2);
    layout->addWidget(m_name);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    layout->addWidget(m_last7);
    update();
}

void FigureCard::update()
{
    if (!m_row.isValid())
        return;
    const QAbstractItemModel *model = m_row.model();
    const int row = m_row.row();
    const QString name = model->index(row, OverviewFiguresModel::NameColumn).data().toString();
    const QString value = model->index(row, OverviewFiguresModel::ValueColumn).data().toString();
    const QString last7 = model->index(row, OverviewFiguresModel::Last7Column).data().toString();
    m_name->setText(name);
    m_value->setText(value);
    m_caption->setText(m_row.data(OverviewFiguresModel::CaptionRole).toString());
    //: %1 is a number already formatted for the user's locale
    m_last7->setText(last7.isEmpty() ? QString() : tr("%1 in the last 7 days").arg(last7));
    m_last7->setVisible(!last7.isEmpty());
    //: Screen-reader text of an overview card: %1 figure name, %2 value, %3 what it covers
    setAccessibleName(tr("%1: %2 %3").arg(name, value, m_caption->text()));
}

void FigureCard::retranslateUi()
{
    update();
}

void FigureCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace dicedesk
