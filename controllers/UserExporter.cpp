#include "controllers/UserExporter.h"

#include "domain/common/CsvText.h"
#include "services/api/UserService.h"

#include <QJsonDocument>

namespace {

const char *const kColumns[] = {"id",
                                "display_name",
                                "email",
                                "status",
                                "department",
                                "phone",
                                "secondary_phone",
                                "preferred_language",
                                "created_at",
                                "activated_at",
                                "mfa_enabled",
                                "has_passkeys",
                                "organization_id"};

} // namespace

UserExporter::UserExporter(UserService *service, QObject *parent)
    : QObject(parent), m_service(service)
{
}

QByteArray UserExporter::csvHeader()
{
    QByteArrayList names;
    for (const char *column : kColumns)
        names << column;
    return names.join(',') + "\r\n";
}

QByteArray UserExporter::csvLine(const QJsonObject &user, Format format)
{
    QByteArrayList cells;
    for (const char *column : kColumns) {
        const QJsonValue value = user.value(QLatin1String(column));
        if (value.isBool())
            cells << (value.toBool() ? "true" : "false");
        else if (value.isDouble())
            cells << QByteArray::number(value.toDouble(), 'g', 16);
        else
            cells << CsvText::cell(value.toString(), format != Format::PlainCsv);
    }
    return cells.join(',') + "\r\n";
}

bool UserExporter::start(const QString &path, Format format, QString *error)
{
    if (m_running)
        return false;
    const auto kind = format == Format::Json ? ExportFile::Kind::Json : ExportFile::Kind::Csv;
    if (!m_file.open(path, kind, csvHeader(), error))
        return false;
    m_format = format;
    m_offset = 0;
    m_running = true;
    requestPage();
    return true;
}

void UserExporter::cancel()
{
    if (!m_running)
        return;
    // finish() first: the cancelled call's answer arrives at once and must find the export over.
    const QPointer<ApiCall> call = m_call;
    finish(false, tr("Export cancelled."));
    if (call)
        call->cancel();
}

void UserExporter::requestPage()
{
    auto done = [this](const ApiResult<QJsonArray> &result) {
        if (!m_running)
            return;
        if (!result.ok())
            return finish(false, result.error().message);
        writePage(result.value());
        if (result.value().size() < m_pageSize)
            return finish(true, tr("%n user(s) exported.", nullptr, m_file.records()));
        requestPage();
    };
    if (m_organizations.isEmpty())
        m_call = m_service->listUsersV2(m_query, m_pageSize, m_offset, this, done);
    else
        m_call = m_service->listUsers(m_organizations, m_query, m_pageSize, m_offset, this, done);
}

void UserExporter::writePage(const QJsonArray &page)
{
    m_offset += int(page.size());
    for (const QJsonValue &value : page) {
        const QJsonObject user = value.toObject();
        const auto status = User::statusFromText(user.value(QStringLiteral("status")).toString());
        if (!UserListModel::accepts(m_filter, status))
            continue;
        if (m_format != Format::Json)
            m_file.writeCsvLine(csvLine(user, m_format));
        else
            m_file.writeJson(user);
    }
    emit progress(m_file.records());
}

void UserExporter::finish(bool ok, const QString &message)
{
    m_running = false;
    m_file.close(ok);
    emit finished(ok, message);
}
