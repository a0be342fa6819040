#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;
class Session;

// The Feature settings tab: the organization's feature flags, read-only.
class FeatureSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit FeatureSettingsPage(Session *session, QWidget *parent = nullptr);

    void load();
    QTableWidget *table() const { return m_table; }

private:
    Session *m_session;
    QLabel *m_note;
    QTableWidget *m_table;
};
