#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// The subset of searchEntities' Lucene query the application sends: terms joined by AND (or by
// spaces), each `_schema:<slug>`, `status:<Status>`, `_id:<uuid>` or free text (a word, a
// "quoted phrase", a trailing * is a prefix). OR, NOT and parentheses are refused with a
// message rather than answered wrongly.
class PartnerEntityQuery
{
public:
    // nullopt and *error when the query uses something outside the subset.
    static std::optional<PartnerEntityQuery> parse(const QString &query, QString *error);

    // True when the query names no schema or the partner schema.
    bool asksForPartners() const;
    bool matches(const QJsonObject &partner) const;

private:
    bool addTerm(const QString &term, QString *error);

    QStringList m_schemas;
    QStringList m_statuses;
    QStringList m_ids;
    QStringList m_words; // lower case
};
