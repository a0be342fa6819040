#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTableView;

// Tells when rows are on screen: once armed, the next paint of the table's viewport while the
// model has rows emits shown() — queued, so it comes after that paint has finished.
class RowsShownProbe : public QObject
{
    Q_OBJECT
public:
    explicit RowsShownProbe(QTableView *table, QObject *parent = nullptr);

    void arm() { m_armed = true; }
    void disarm() { m_armed = false; }
    bool isArmed() const { return m_armed; }

signals:
    void shown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_table;
    bool m_armed = false;
};
