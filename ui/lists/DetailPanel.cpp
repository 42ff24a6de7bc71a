#include "DetailPanel.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace dicedesk {

DetailPanel::DetailPanel(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_placeholder(new QLabel(this))
    , m_fieldsBox(new QWidget(this))
    , m_fields(new QFormLayout(m_fieldsBox))
    , m_link(new QLabel(this))
    , m_jsonLabel(new QLabel(this))
    , m_json(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("detailPanel"));
    setAccessibleName(tr("Details"));
    setFrameShape(QFrame::NoFrame);
    setMinimumWidth(240);

    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setAccessibleName(tr("Detail title"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setAccessibleName(tr("No row selected"));
    m_fields->setContentsMargins(0, 0, 0, 0);
    m_fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_link->setTextFormat(Qt::RichText);
    m_link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_link->setWordWrap(true);
    m_link->setAccessibleName(tr("Related entry"));
    connect(m_link, &QLabel::linkActivated, this, &DetailPanel::linkActivated);
    m_json->setReadOnly(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 4, 4, 4);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_fieldsBox);
    layout->addWidget(m_link);
    layout->addWidget(m_jsonLabel);
    layout->addWidget(m_json, 1);
    layout->addStretch();
    showPlaceholder({});
}

void DetailPanel::showPlaceholder(const QString &text)
{
    m_title->clear();
    m_title->hide();
    m_placeholder->setText(text);
    m_placeholder->setVisible(!text.isEmpty());
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    m_fieldsBox->hide();
    setLink({});
    setJson({}, {});
}

void DetailPanel::showFields(const QString &title, const QList<Field> &fields)
{
    m_placeholder->hide();
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    for (const Field &field : fields) {
        auto *value = new QLabel(field.value, m_fieldsBox);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setWordWrap(true);
        value->setAccessibleName(field.label);
        value->setObjectName(QStringLiteral("detailValue"));
        auto *label = new QLabel(field.label, m_fieldsBox);
        label->setForegroundRole(QPalette::PlaceholderText);
        label->setBuddy(value);
        m_fields->addRow(label, value);
    }
    m_fieldsBox->show();
}

void DetailPanel::setLink(const QString &text)
{
    if (text.isEmpty()) {
        m_link->clear();
        m_link->hide();
        return;
    }
    m_link->setText(QStringLiteral("<a href=\"related\">%1</a>").arg(text.toHtmlEscaped()));
    m_link->show();
}

void DetailPanel::setJson(const QString &label, const QString &json)
{
    if (json.isEmpty()) {
        m_jsonLabel->hide();
        m_json->clear();
        m_json->hide();
        return;
    }
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    m_jsonLabel->setText(label);
    m_jsonLabel->setAccessibleName(label);
    m_json->setAccessibleName(label);
    m_jsonLabel->show();
    m_json->setPlainText(
        document.isNull() ? json
                          : QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed());
    m_json->show();
}

QString DetailPanel::title() const
{
    return m_title->text();
}

QString DetailPanel::fieldValue(const QString &label) const
{
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        auto *name =
            qobject_cast<QLabel *>(m_fields->itemAt(row, QFormLayout::LabelRole)->widget());
        auto *value =
            qobject_cast<QLabel *>(m_fields->itemAt(row, QFormLayout::FieldRole)->widget());
        if (name && value && name->text() == label)
            return value->text();
    }
    return {};
}

QString DetailPanel::jsonText() const
{
    return m_json->isHidden() ? QString() : m_json->toPlainText();
}

QString DetailPanel::linkText() const
{
    return m_link->isHidden() ? QString() : m_link->text();
}

} // namespace dicedesk
