#pragma once

class QScrollArea;
class QWidget;

namespace Scrollable {

// `page` (may be nullptr, to be set later) in a frameless scroll area that resizes it: a page
// with many fields scrolls instead of forcing a large minimum window size.
QScrollArea *around(QWidget *page, QWidget *parent = nullptr);

} // namespace Scrollable
