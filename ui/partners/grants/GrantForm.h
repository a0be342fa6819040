#pragma once

#include "domain/grants/GrantTree.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

// The selected grant's form: action, resource, effect and its conditions (the four shapes of the
// spec are edited here: equals, not equals, the current user is / is not in a user field; other
// shapes only in the JSON view). It shows a grant and tells what was edited;
// the editor turns that into an undoable edit of the draft.
class GrantForm : public QGroupBox
{
    Q_OBJECT
public:
    explicit GrantForm(QWidget *parent = nullptr);

    // An empty path: no grant selected (the form is disabled).
    void showGrant(const Grant &grant, const GrantPath &path, bool editable);
    void setCurrentCondition(int row);
    int currentCondition() const;
    // Action or resource typed into but not yet left.
    bool hasPendingText(const Grant &grant) const;
    // Hands on what is typed (as leaving the fields would).
    void commit();
    void focusAction();

    QComboBox *actionBox() const { return m_action; }
    QLineEdit *resourceEdit() const { return m_resource; }
    QComboBox *effectBox() const { return m_effect; }
    QComboBox *conditionKindBox() const { return m_conditionKind; }
    QLineEdit *conditionAttributeEdit() const { return m_conditionAttribute; }

signals:
    void actionChosen(const QString &action);
    void resourceChosen(const QString &resource);
    void effectChosen(const QString &effect);
    void conditionAddRequested();
    // `attribute`: for the current-user kinds, user fields separated by commas.
    void conditionEdited(int condition, GrantCondition::Kind kind, const QString &attribute,
                         const QStringList &values);
    void conditionRemoveRequested(int condition);

private:
    struct Condition
    {
        int row = -1;
        GrantCondition::Kind kind = GrantCondition::Kind::Equals;
        QString attribute;
        QStringList values;
    };
    Condition typedCondition() const;
    QWidget *buildConditionEditor();
    void connectFields();
    void showEffect(const QString &effect, bool nothingSelected);
    void showConditions(const Grant &grant);
    void refreshConditionEditor();
    void onConditionEdited();
    void addValue();
    void showConditionKind(GrantCondition::Kind kind);

    Grant m_grant;
    bool m_filling = false;
    QComboBox *m_action;
    QLabel *m_actionHelp;
    QLineEdit *m_resource;
    QComboBox *m_effect;
    QListWidget *m_conditions;
    QComboBox *m_conditionKind;
    QLabel *m_valuesLabel;
    QWidget *m_valuesRow;
    QLineEdit *m_conditionAttribute;
    QListWidget *m_conditionValues;
    QLabel *m_conditionShape;
    QWidget *m_conditionEditor;
};
