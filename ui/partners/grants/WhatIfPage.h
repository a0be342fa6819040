#pragma once

#include "domain/grants/WhatIfCheck.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

// The what-if page: would the role as edited allow an action on a resource with these attribute
// values? The editor hands in the grants when Check is pressed.
class WhatIfPage : public QWidget
{
    Q_OBJECT
public:
    explicit WhatIfPage(QWidget *parent = nullptr);

    WhatIfCheck::Answer check(const QList<Grant> &grants);

    QComboBox *actionBox() const { return m_action; }
    QLineEdit *resourceEdit() const { return m_resource; }
    QTableWidget *attributes() const { return m_attributes; }
    QLabel *result() const { return m_result; }

signals:
    void checkRequested();

private:
    WhatIfCheck::Question question() const;
    void showAnswer(const WhatIfCheck::Answer &answer);

    QComboBox *m_action;
    QLineEdit *m_resource;
    QTableWidget *m_attributes;
    QLabel *m_result;
};
