#include "DocumentView.h"

QJsonObject DocumentView::withoutInternalFields(const QJsonObject &document)
{
    QJsonObject view = document;
    for (auto it = view.begin(); it != view.end();) {
        if (it.key().startsWith(QLatin1Char('_')))
            it = view.erase(it);
        else
            ++it;
    }
    return view;
}
