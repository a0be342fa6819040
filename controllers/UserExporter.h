#pragma once

#include "controllers/ExportFile.h"
#include "models/UserListModel.h"

#include <QObject>
#include <QPointer>

class ApiCall;
class UserService;

// Writes every user of a search (not only the rows loaded so far) to CSV or JSON, paging
// through the API. Cancelling removes the half-written file.
class UserExporter : public QObject
{
    Q_OBJECT
public:
    // Csv is spreadsheet-safe: a value that starts like a formula (= + - @, so also a phone
    // number such as +49 …) gets a leading apostrophe, which a spreadsheet hides but a script
    // reads. PlainCsv writes every value exactly as stored, for scripts. Json is always exact.
    enum class Format { Csv, PlainCsv, Json };

    UserExporter(UserService *service, QObject *parent = nullptr);

    void setQuery(const QString &query) { m_query = query; }
    void setOrganizations(const QStringList &ids) { m_organizations = ids; }
    void setStatusFilter(UserListModel::StatusFilter filter) { m_filter = filter; }
    void setPageSize(int size) { m_pageSize = qMax(1, size); }

    bool start(const QString &path, Format format, QString *error = nullptr);
    void cancel();
    int written() const { return m_file.records(); }

    static QByteArray csvHeader();
    static QByteArray csvLine(const QJsonObject &user, Format format = Format::Csv);

signals:
    void progress(int written);
    // ok false: failed or cancelled; message says which.
    void finished(bool ok, const QString &message);

private:
    void requestPage();
    void writePage(const QJsonArray &page);
    void finish(bool ok, const QString &message);

    UserService *m_service;
    QString m_query;
    QStringList m_organizations;
    UserListModel::StatusFilter m_filter = UserListModel::StatusFilter::All;
    int m_pageSize = 500;
    Format m_format = Format::Csv;
    ExportFile m_file;
    QPointer<ApiCall> m_call;
    int m_offset = 0;
    bool m_running = false;
};
