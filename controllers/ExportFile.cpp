#include "controllers/ExportFile.h"

#include <QCoreApplication>
#include <QJsonDocument>

bool ExportFile::open(const QString &path, Kind kind, const QByteArray &csvHeader, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = QCoreApplication::translate("ExportFile", "Cannot write %1: %2")
                         .arg(path, m_file.errorString());
        return false;
    }
    m_kind = kind;
    m_records = 0;
    m_file.write(kind == Kind::Json ? QByteArray("[\n") : csvHeader);
    return true;
}

void ExportFile::writeCsvLine(const QByteArray &line)
{
    m_file.write(line);
    ++m_records;
}

void ExportFile::writeJson(const QJsonObject &record)
{
    if (m_records > 0)
        m_file.write(",\n");
    m_file.write(QJsonDocument(record).toJson(QJsonDocument::Compact));
    ++m_records;
}

void ExportFile::close(bool ok)
{
    if (ok && m_kind == Kind::Json)
        m_file.write("\n]\n");
    m_file.close();
    if (!ok)
        m_file.remove();
}
