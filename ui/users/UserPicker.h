#pragma once

#include <QPointer>
#include <QWidget>

class ApiCall;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class SearchDebouncer;
class UserService;

// Picks people: searches users as you type (listUsersV2 query) and shows the chosen ones as
// chips that a click removes. Keeps their order.
class UserPicker : public QWidget
{
    Q_OBJECT
public:
    explicit UserPicker(UserService *service, QWidget *parent = nullptr);

    void setSelected(const QStringList &ids, const QHash<QString, QString> &labels);
    QStringList selectedIds() const;
    void add(const QString &id, const QString &label);
    void remove(const QString &id);

    QLineEdit *searchBox() const { return m_search; }
    QListWidget *results() const { return m_results; }
    QListWidget *chips() const { return m_chips; }

signals:
    void selectionChanged();
    void resultsShown();

private:
    void search(const QString &text);

    UserService *m_service;
    SearchDebouncer *m_debouncer;
    QLineEdit *m_search;
    QListWidget *m_results;
    QListWidget *m_chips;
    QLabel *m_hint;
    QPointer<ApiCall> m_call;
};
