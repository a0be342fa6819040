#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Which base URLs and redirect targets the application may talk to.
class UrlPolicy
{
    Q_DECLARE_TR_FUNCTIONS(UrlPolicy)

public:
    // Empty when the URL may be used; otherwise a reason a person can read.
    static QString check(const QUrl &url);
    static bool isLoopbackHost(const QString &host);
    static bool sameOrigin(const QUrl &first, const QUrl &second);
    // The URL as it may appear in logs: query values that look secret are masked.
    static QString redacted(const QUrl &url);
};
