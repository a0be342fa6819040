#include "domain/common/CsvText.h"

namespace CsvText {

QByteArray cell(QString text, bool spreadsheetSafe)
{
    // Spreadsheets run cells that start like a formula; a leading quote keeps them text.
    if (spreadsheetSafe && !text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.at(0)))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\''))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text.toUtf8();
}

} // namespace CsvText
