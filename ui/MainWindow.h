#pragma once

#include <QMainWindow>

// The application's main window: navigation list, panes and the Activity dock.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};
