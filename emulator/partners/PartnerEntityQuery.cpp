#include "emulator/partners/PartnerEntityQuery.h"

#include <QRegularExpression>

namespace {

// Tokens: "quoted phrases", field:"quoted value", or runs without spaces.
QStringList tokens(const QString &query)
{
    static const QRegularExpression pattern(QStringLiteral(R"(([A-Za-z_]+:)?"[^"]*"|\S+)"));
    QStringList result;
    for (auto it = pattern.globalMatch(query); it.hasNext();)
        result.append(it.next().captured(0));
    return result;
}

QString unquoted(QString text)
{
    if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
        text = text.mid(1, text.size() - 2);
    return text;
}

// The fields free text looks at: what a person sees of a partner record.
const QStringList &textFields()
{
    static const QStringList fields{
        QStringLiteral("company_name"), QStringLiteral("email"), QStringLiteral("owner_email"),
        QStringLiteral("signed_up_email"), QStringLiteral("description")};
    return fields;
}

} // namespace

std::optional<PartnerEntityQuery> PartnerEntityQuery::parse(const QString &query, QString *error)
{
    PartnerEntityQuery result;
    for (const QString &token : tokens(query)) {
        if (token == QLatin1String("AND") || token == QLatin1String("*"))
            continue;
        if (!result.addTerm(token, error))
            return std::nullopt;
    }
    return result;
}

bool PartnerEntityQuery::addTerm(const QString &term, QString *error)
{
    if (term == QLatin1String("OR") || term == QLatin1String("NOT") ||
        term.startsWith(QLatin1Char('(')) || term.startsWith(QLatin1Char('-'))) {
        *error = QStringLiteral("The emulator's entity search supports terms joined by AND only "
                                "(_schema:, status:, _id: and free text), not: %1")
                     .arg(term);
        return false;
    }
    static const QRegularExpression field(QStringLiteral(R"(^([A-Za-z_]+):(.*)$)"));
    const QRegularExpressionMatch match = field.match(term);
    if (!match.hasMatch() || term.startsWith(QLatin1Char('"'))) {
        QString word = unquoted(term).toLower();
        if (word.endsWith(QLatin1Char('*')))
            word.chop(1);
        if (!word.isEmpty())
            m_words.append(word);
        return true;
    }
    const QString name = match.captured(1);
    const QString value = unquoted(match.captured(2));
    if (value.isEmpty()) {
        *error = QStringLiteral("The query term %1 has no value").arg(term);
        return false;
    }
    if (name == QLatin1String("_schema"))
        m_schemas.append(value);
    else if (name == QLatin1String("status"))
        m_statuses.append(value);
    else if (name == QLatin1String("_id"))
        m_ids.append(value);
    else {
        *error = QStringLiteral("The emulator's entity search cannot search by field %1 "
                                "(supported: _schema, status, _id and free text)")
                     .arg(name);
        return false;
    }
    return true;
}

bool PartnerEntityQuery::asksForPartners() const
{
    for (const QString &schema : m_schemas) {
        if (schema != QLatin1String("partner"))
            return false;
    }
    return true;
}

bool PartnerEntityQuery::matches(const QJsonObject &partner) const
{
    for (const QString &status : m_statuses) {
        if (partner.value(QStringLiteral("status")).toString() != status)
            return false;
    }
    for (const QString &id : m_ids) {
        if (partner.value(QStringLiteral("id")).toString() != id)
            return false;
    }
    for (const QString &word : m_words) {
        bool found = false;
        for (const QString &name : textFields())
            found = found || partner.value(name).toString().toLower().contains(word);
        if (!found)
            return false;
    }
    return true;
}
