#include "ui/partners/grants/StyledGrantTreeModel.h"

#include "domain/grants/Grant.h"
#include "ui/partners/grants/GrantStyle.h"

#include <QFont>

QVariant StyledGrantTreeModel::data(const QModelIndex &index, int role) const
{
    const QString effect = GrantTreeModel::data(index, EffectRole).toString();
    if (role == Qt::DecorationRole) {
        if (index.column() == EffectColumn)
            return GrantStyle::effectIcon(effect);
        if (index.column() == ActionColumn) {
            const int severity = GrantTreeModel::data(index, FindingRole).toInt();
            if (severity >= 0)
                return GrantStyle::severityIcon(GrantFinding::Severity(severity));
        }
    }
    if (role == Qt::ForegroundRole && index.column() == EffectColumn)
        return GrantStyle::effectColor(effect);
    if (role == Qt::FontRole) {
        QFont font;
        if (index.column() == EffectColumn)
            font.setBold(true);
        if (index.parent().isValid())
            font.setItalic(true);
        return font;
    }
    // Words as well as icon and colour; the JSON view keeps the raw "allow" / "deny".
    if (role == Qt::DisplayRole && index.column() == EffectColumn)
        return Grant::effectText(effect);
    if (role == Qt::DisplayRole && index.column() == ActionColumn && index.parent().isValid())
        return tr("needs: %1").arg(GrantTreeModel::data(index, role).toString());
    if (role == Qt::DisplayRole &&
        (index.column() == ResourceColumn || index.column() == ConditionsColumn)) {
        // A resource or an attribute path has no spaces: a zero-width space after each colon
        // and dot lets a narrow column wrap there ("entity:739224:" / "opportunity:*") instead
        // of cutting it off. Only what is shown; the grant keeps its text.
        QString text = GrantTreeModel::data(index, role).toString();
        text.replace(QLatin1Char(':'), QStringLiteral(":\u200B"));
        text.replace(QLatin1Char('.'), QStringLiteral(".\u200B"));
        return text;
    }
    return GrantTreeModel::data(index, role);
}
