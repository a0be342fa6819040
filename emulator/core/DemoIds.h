#pragma once

#include <QString>

// Fixed ids that every module's seed shares.
inline const QString kDemoOrganizationId = QStringLiteral("739224"); // Stadtwerke Musterstadt GmbH
inline const QString kDemoOrganizationName = QStringLiteral("Stadtwerke Musterstadt GmbH");
inline const QString kSecondOrganizationId =
    QStringLiteral("739225"); // Netzgesellschaft Musterstadt mbH
inline const QString kSecondOrganizationName = QStringLiteral("Netzgesellschaft Musterstadt mbH");
inline const QString kDemoAdminUserId = QStringLiteral("10010729"); // Lena Schneider, in both orgs
inline const QString kDemoAdminEmail = QStringLiteral("lena.schneider@stadtwerke-musterstadt.de");
inline const QString kDemoAdminName = QStringLiteral("Lena Schneider");
