#include "ui/partners/PartnerPage.h"

#include <QMetaObject>

PartnerPage::PartnerPage(Session *session, QWidget *parent) : QWidget(parent), m_session(session) {}

void PartnerPage::save()
{
    reportSaved(true); // nothing to save
}

void PartnerPage::reportSaved(bool saved)
{
    QMetaObject::invokeMethod(
        this, [this, saved] { emit saveFinished(saved); }, Qt::QueuedConnection);
}
