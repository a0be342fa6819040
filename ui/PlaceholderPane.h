#pragma once

#include "ui/Pane.h"

// Stands in for a page that a later version builds. It says so plainly and offers nothing
// that pretends to work.
class PlaceholderPane : public Pane
{
    Q_OBJECT
public:
    PlaceholderPane(Session *session, const QString &title, const QString &purpose,
                    const QString &iconName, QWidget *parent = nullptr);

    QString title() const override { return m_title; }

private:
    QString m_title;
};
