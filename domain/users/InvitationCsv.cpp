#include "domain/users/InvitationCsv.h"

#include <QRegularExpression>

namespace {

// One line's cells; a quoted cell may hold the separator and doubled quotes.
QStringList cellsOf(const QString &line, QChar separator)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (int index = 0; index < line.size(); ++index) {
        const QChar c = line.at(index);
        if (c == QLatin1Char('"')) {
            if (quoted && index + 1 < line.size() && line.at(index + 1) == QLatin1Char('"')) {
                cell += c;
                ++index;
            } else {
                quoted = !quoted;
            }
        } else if (c == separator && !quoted) {
            cells << cell.trimmed();
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells << cell.trimmed();
    return cells;
}

int addressColumn(const QStringList &header)
{
    static const QRegularExpression emailHeader(QStringLiteral("^(e-?mail|mail)(\\s*address)?$"),
                                                QRegularExpression::CaseInsensitiveOption);
    int column = -1;
    for (int index = 0; index < header.size(); ++index) {
        if (emailHeader.match(header.at(index)).hasMatch())
            column = index;
    }
    return column;
}

int rolesColumn(const QStringList &header)
{
    static const QRegularExpression rolesHeader(QStringLiteral("^(roles?|rollen?)$"),
                                                QRegularExpression::CaseInsensitiveOption);
    for (int index = 0; index < header.size(); ++index) {
        if (rolesHeader.match(header.at(index)).hasMatch())
            return index;
    }
    return -1;
}

} // namespace

InvitationCsv InvitationCsv::parse(const QByteArray &csv)
{
    InvitationCsv result;
    const QStringList lines = QString::fromUtf8(csv).split(
        QRegularExpression(QStringLiteral("\\r?\\n")), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return result;
    const QChar separator =
        lines.first().count(QLatin1Char(';')) > lines.first().count(QLatin1Char(','))
            ? QLatin1Char(';')
            : QLatin1Char(',');
    const QStringList header = cellsOf(lines.first(), separator);
    const int column = addressColumn(header);
    const int roles = column >= 0 ? rolesColumn(header) : -1;
    result.hasRolesColumn = roles >= 0;
    if (column >= 0) {
        for (int index = 0; index < header.size(); ++index) {
            if (index != column && index != roles && !header.at(index).isEmpty())
                result.unusedColumns << header.at(index);
        }
    }
    for (int index = column >= 0 ? 1 : 0; index < lines.size(); ++index) {
        const QStringList row = cellsOf(lines.at(index), separator);
        if (column >= 0) {
            if (column < row.size() && !row.at(column).isEmpty()) {
                const QString address = row.at(column);
                result.addresses << address;
                result.lines.insert(address.toLower(), index + 1);
                if (roles >= 0) {
                    // With ';' as the separator an unquoted roles cell spills over into the
                    // cells after it: the last column takes them all back.
                    const QString cell = roles == header.size() - 1
                                             ? row.mid(roles).join(QLatin1Char(';'))
                                             : row.value(roles);
                    result.roleCells.insert(address.toLower(), cell);
                }
            }
            continue;
        }
        for (const QString &cell : row) {
            if (cell.contains(QLatin1Char('@'))) {
                result.addresses << cell;
                break;
            }
        }
    }
    return result;
}

QString InvitationCsv::unusedColumnsNote() const
{
    if (unusedColumns.isEmpty())
        return {};
    QStringList quoted;
    for (const QString &name : unusedColumns)
        quoted << QStringLiteral("\"%1\"").arg(name);
    return tr("%n column(s) of the file not used: %1. An invitation carries only the e-mail "
              "address, the language and the roles; set names and departments on the Users "
              "page afterwards.",
              nullptr, int(unusedColumns.size()))
        .arg(quoted.join(QStringLiteral(", ")));
}
