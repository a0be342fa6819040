#pragma once

#include <QWidget>

class QListWidget;

// The window's left column: the application's name and icon above the list of pages.
class NavigationSidebar : public QWidget
{
    Q_OBJECT
public:
    // Styles `navigation` (the list of pages) and places it under the brand row.
    explicit NavigationSidebar(QListWidget *navigation, QWidget *parent = nullptr);

private:
    QWidget *createBrandRow();
};
