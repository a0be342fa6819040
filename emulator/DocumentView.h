#pragma once

#include <QJsonObject>

// Stored documents carry internal fields whose names start with '_' (tokens, links between
// collections); answers never show them.
class DocumentView
{
public:
    static QJsonObject withoutInternalFields(const QJsonObject &document);
};
