#pragma once

#include <QByteArray>
#include <QString>

// One CSV cell as every exporter writes it (RFC 4180 quoting). Spreadsheet-safe: a value that
// starts like a formula (= + - @, tab, carriage return) gets a leading apostrophe, which a
// spreadsheet hides but a script reads.
namespace CsvText {

QByteArray cell(QString text, bool spreadsheetSafe = true);

} // namespace CsvText
