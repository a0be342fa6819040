#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonObject>

// The file an exporter fills page by page: CSV lines after a header, or one JSON array of
// records. A failed or cancelled export removes what was half written.
class ExportFile
{
public:
    enum class Kind { Csv, Json };

    // Opens `path` for writing; `csvHeader` starts a CSV file. `error` says why it could not.
    bool open(const QString &path, Kind kind, const QByteArray &csvHeader, QString *error);
    void writeCsvLine(const QByteArray &line);
    void writeJson(const QJsonObject &record);
    // ok: the JSON array is closed and the file kept; otherwise the file is removed.
    void close(bool ok);
    bool isOpen() const { return m_file.isOpen(); }
    int records() const { return m_records; }

private:
    QFile m_file;
    Kind m_kind = Kind::Csv;
    int m_records = 0;
};
