#pragma once

#include "domain/grants/Grant.h"

#include <QMap>

// Answers "would this role allow <action> on <resource>, given these attribute values?" with
// epilot's documented rules: a grant applies when its action and resource patterns match and
// every one of its conditions holds (equals, not_equals, equals_current_user,
// not_equals_current_user as permissions.json describes them); an applying deny wins over any
// allow; without an applying allow nothing is allowed. An approximation of the server: conditions
// the editor cannot read never hold, and the server may know more (attributes, other roles).
class WhatIfCheck
{
public:
    enum class Decision { Allowed, DeniedExplicitly, NotAllowed };

    struct Question
    {
        QString action;
        QString resource;
        QMap<QString, QString> attributes; // attribute path → value
        // Whom equals_current_user / not_equals_current_user compare with; empty: such a
        // condition cannot be evaluated (and does not hold).
        QString currentUserId = {};
    };

    struct Answer
    {
        Decision decision = Decision::NotAllowed;
        QList<Grant> deciding; // the applying denies (denied) or allows (allowed)
        QStringList notes;     // e.g. conditions that could not be evaluated
        QString explanation() const;
    };

    // `grants` may be nested; dependencies count as grants of the role.
    static Answer evaluate(const QList<Grant> &grants, const Question &question);
    static bool applies(const Grant &grant, const Question &question, QStringList *notes = nullptr);
    static QString decisionLabel(Decision decision);
};
