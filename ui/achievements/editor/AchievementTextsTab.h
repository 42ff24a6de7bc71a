#pragma once

#include "domain/Achievement.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace dicedesk {

class ProblemMarks;

/// The editor's "Texts" tab: name, description, hint and criteria text per locale (sv, en,
/// no), a warning on the tabs of missing translations and a line saying what is missing. The
/// Swedish texts are also the achievement's own name, description and hint (as the seed and
/// Lekbanken keep them), shown wherever a translation is missing.
class AchievementTextsTab : public QWidget
{
    Q_OBJECT

public:
    explicit AchievementTextsTab(ProblemMarks &marks, QWidget *parent = nullptr);

    void load(const AchievementDefinition &definition);
    /// Writes the translations and the top-level texts (the Swedish ones) into @p definition.
    void apply(AchievementDefinition &definition) const;
    void setReadOnly(bool readOnly);
    /// Easter eggs have no hint: clears the hint fields (keeping what was typed, to bring back
    /// when it is turned off again) and locks them.
    void setEasterEgg(bool on);
    /// Marks the locale tabs of @p missing and says what is missing.
    void setMissing(const QStringList &missing);

    QTabWidget *localeTabs() const { return m_tabs; }
    QLineEdit *nameEdit(const QString &locale) const;
    QPlainTextEdit *descriptionEdit(const QString &locale) const;
    QLineEdit *hintEdit(const QString &locale) const;
    QPlainTextEdit *criteriaEdit(const QString &locale) const;
    QLabel *missingLabel() const { return m_missing; }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Page
    {
        QLineEdit *name = nullptr;
        QPlainTextEdit *description = nullptr;
        QLineEdit *hint = nullptr;
        QPlainTextEdit *criteria = nullptr;
        QList<QLabel *> labels;
    };
    void retranslateUi();

    QLabel *m_intro;
    QLabel *m_missing;
    QTabWidget *m_tabs;
    QHash<QString, Page> m_pages;
    QHash<QString, QString> m_stashedHints; ///< typed hints while easter egg is on
    QStringList m_missingLocales;
    bool m_loading = false;
    bool m_easterEgg = false;
};

} // namespace dicedesk
