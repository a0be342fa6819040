#include "ui/common/ChipPicker.h"

#include "ui/common/FieldMessage.h"
#include "ui/common/Theme.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// Lays chips out left to right, wrapping at the width (Qt has no flow layout of its own).
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent) : QLayout(parent) { setContentsMargins(0, 0, 0, 0); }
    ~FlowLayout() override
    {
        while (QLayoutItem *item = takeAt(0))
            delete item;
    }
    void addItem(QLayoutItem *item) override { m_items << item; }
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override
    {
        return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
    }
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    void setGeometry(const QRect &rect) override
    {
        QLayout::setGeometry(rect);
        arrange(rect, true);
    }
    QSize sizeHint() const override { return minimumSize(); }
    QSize minimumSize() const override
    {
        QSize size;
        for (const QLayoutItem *item : m_items)
            size = size.expandedTo(item->minimumSize());
        return size;
    }

private:
    int arrange(const QRect &rect, bool apply) const
    {
        const int gap = 4;
        int x = rect.x();
        int y = rect.y();
        int lineHeight = 0;
        for (QLayoutItem *item : m_items) {
            const QSize hint = item->sizeHint();
            if (x + hint.width() > rect.right() + 1 && lineHeight > 0) {
                x = rect.x();
                y += lineHeight + gap;
                lineHeight = 0;
            }
            if (apply)
                item->setGeometry(QRect(QPoint(x, y), hint));
            x += hint.width() + gap;
            lineHeight = qMax(lineHeight, hint.height());
        }
        return y + lineHeight - rect.y();
    }

    QList<QLayoutItem *> m_items;
};

QString chipStyle(ChipPicker::State state)
{
    Theme::Color background = Theme::Color::InfoBackground;
    Theme::Color border = Theme::Color::InfoBorder;
    if (state == ChipPicker::State::Added) {
        background = Theme::Color::SuccessBackground;
        border = Theme::Color::SuccessBorder;
    } else if (state == ChipPicker::State::Problem) {
        background = Theme::Color::WarningBackground;
        border = Theme::Color::WarningBorder;
    } else if (state == ChipPicker::State::Removed) {
        background = Theme::Color::ErrorBackground;
        border = Theme::Color::ErrorBorder;
    }
    return QStringLiteral("#chip { background: %1; border: 1px solid %2; border-radius: 10px; } "
                          "#chip QLabel { color: %3; }")
        .arg(Theme::name(background), Theme::name(border),
             Theme::name(Theme::Color::TextOnBackground));
}

} // namespace

ChipPicker::ChipPicker(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_empty = new QLabel(this);
    m_empty->setStyleSheet(Theme::textStyle(Theme::Color::MutedText));
    m_empty->setWordWrap(true); // a long "none" line never widens the form
    m_empty->hide();
    layout->addWidget(m_empty);
    m_chipArea = new QWidget(this);
    m_chipArea->setObjectName(QStringLiteral("chips"));
    new FlowLayout(m_chipArea);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    m_chipArea->setSizePolicy(policy);
    layout->addWidget(m_chipArea);
    // One row of chips is as high as the "none"/"loading" line: loading never moves what is below.
    {
        QToolButton sample;
        sample.setAutoRaise(true);
        sample.setText(QStringLiteral("×"));
        const int row = qMax(sample.sizeHint().height(), fontMetrics().height()) + 4;
        m_empty->setMinimumHeight(row);
        m_chipArea->setMinimumHeight(row);
    }
    m_box = new QComboBox(this);
    m_box->setObjectName(QStringLiteral("chipPicker"));
    m_box->setEditable(true);
    m_box->setInsertPolicy(QComboBox::NoInsert);
    m_box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_box->completer()->setFilterMode(Qt::MatchContains);
    m_box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_box->setMinimumContentsLength(8);
    // Picked from the list (or its completion): added at once. Typed and Enter: addTyped().
    connect(m_box, &QComboBox::activated, this, [this](int index) {
        const QString key = m_box->itemData(index).toString();
        // After the box has finished with its signal: adding rebuilds the box's list.
        if (!key.isEmpty())
            QMetaObject::invokeMethod(
                this, [this, key] { request(key, true); }, Qt::QueuedConnection);
    });
    connect(m_box->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        if (!m_box->currentText().trimmed().isEmpty())
            addTyped();
    });
    layout->addWidget(m_box);
    m_unknownText = tr("Nothing named \"%1\" to pick. Choose one from the list.");
    rebuildBox();
}

void ChipPicker::setOptions(const QList<Option> &options)
{
    m_options = options;
    rebuildBox();
}

void ChipPicker::setChips(const QList<Chip> &chips)
{
    m_chips = chips;
    rebuildChips();
    rebuildBox();
}

QStringList ChipPicker::keys() const
{
    QStringList result;
    for (const Chip &chip : m_chips) {
        if (chip.state != State::Removed)
            result << chip.key;
    }
    return result;
}

void ChipPicker::setPlaceholderText(const QString &text)
{
    m_box->lineEdit()->setPlaceholderText(text);
}

void ChipPicker::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    m_empty->setVisible(m_chips.isEmpty() && !text.isEmpty());
}

void ChipPicker::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_box->setVisible(!readOnly);
    rebuildChips();
}

QToolButton *ChipPicker::chipButton(const QString &key) const
{
    for (QToolButton *button : m_chipArea->findChildren<QToolButton *>()) {
        if (button->property("chipKey").toString() == key &&
            !button->parentWidget()->property("chipGone").toBool())
            return button;
    }
    return nullptr;
}

QLabel *ChipPicker::chipLabel(const QString &key) const
{
    for (QLabel *label : m_chipArea->findChildren<QLabel *>()) {
        if (label->property("chipKey").toString() == key &&
            !label->parentWidget()->property("chipGone").toBool())
            return label;
    }
    return nullptr;
}

const ChipPicker::Option *ChipPicker::match(const QString &text) const
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return nullptr;
    for (const Option &option : m_options) {
        if (option.label.compare(wanted, Qt::CaseInsensitive) == 0 ||
            option.key.compare(wanted, Qt::CaseInsensitive) == 0 ||
            option.aliases.contains(wanted, Qt::CaseInsensitive))
            return &option;
    }
    const Option *only = nullptr;
    for (const Option &option : m_options) {
        if (option.label.contains(wanted, Qt::CaseInsensitive)) {
            if (only)
                return nullptr; // more than one: the person picks
            only = &option;
        }
    }
    return only;
}

bool ChipPicker::addTyped()
{
    const QString typed = m_box->currentText().trimmed();
    if (typed.isEmpty())
        return false;
    const Option *option = match(typed);
    if (!option) {
        FieldMessage::show(m_box, m_unknownText.arg(typed));
        return false;
    }
    // A copy: a receiver may replace the options (and with them `option`) while it is told.
    const QString key = option->key;
    request(key, true);
    return true;
}

void ChipPicker::request(const QString &key, bool add)
{
    if (m_readOnly)
        return;
    FieldMessage::clear(m_box);
    if (!m_selfManaged) {
        add ? emit addRequested(key) : emit removeRequested(key);
        rebuildBox();
        return;
    }
    const qsizetype at = std::find_if(m_chips.cbegin(), m_chips.cend(),
                                      [&key](const Chip &chip) { return chip.key == key; }) -
                         m_chips.cbegin();
    if (add && at == m_chips.size()) {
        for (const Option &option : std::as_const(m_options)) {
            if (option.key == key)
                m_chips << Chip{key, option.label, option.toolTip, State::Normal};
        }
    } else if (!add && at < m_chips.size()) {
        m_chips.removeAt(at);
    } else {
        rebuildBox();
        return;
    }
    rebuildChips();
    rebuildBox();
    emit changed();
}

void ChipPicker::rebuildChips()
{
    QLayout *flow = m_chipArea->layout();
    while (QLayoutItem *item = flow->takeAt(0)) {
        // Later: the chip whose button was clicked is still in its click handler.
        item->widget()->setProperty("chipGone", true);
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
    for (const Chip &chip : std::as_const(m_chips)) {
        auto *frame = new QWidget(m_chipArea);
        frame->setObjectName(QStringLiteral("chip"));
        frame->setAttribute(Qt::WA_StyledBackground);
        frame->setStyleSheet(chipStyle(chip.state));
        frame->setToolTip(chip.toolTip);
        auto *row = new QHBoxLayout(frame);
        row->setContentsMargins(8, 1, m_readOnly ? 8 : 2, 1);
        row->setSpacing(2);
        const bool removed = chip.state == State::Removed;
        // A long name (a partner's company) is shortened: the chips never widen the form.
        const QString text =
            chip.state == State::Added ? QStringLiteral("+ ") + chip.label : chip.label;
        auto *label = new QLabel(fontMetrics().elidedText(text, Qt::ElideRight, 140), frame);
        if (label->text() != text)
            frame->setToolTip(chip.label + QLatin1Char('\n') + chip.toolTip);
        label->setProperty("chipKey", chip.key);
        QFont font = label->font();
        font.setStrikeOut(removed);
        label->setFont(font);
        row->addWidget(label);
        if (!m_readOnly) {
            auto *button = new QToolButton(frame);
            button->setProperty("chipKey", chip.key);
            button->setAutoRaise(true);
            button->setText(removed ? QStringLiteral("↺") : QStringLiteral("×"));
            button->setToolTip(removed ? tr("Keep %1").arg(chip.label)
                                       : tr("Remove %1").arg(chip.label));
            button->setAccessibleName(button->toolTip());
            const QString key = chip.key;
            connect(button, &QToolButton::clicked, this, [this, key, removed] {
                if (removed)
                    emit restoreRequested(key);
                else
                    request(key, false);
            });
            row->addWidget(button);
        }
        flow->addWidget(frame);
    }
    m_empty->setVisible(m_chips.isEmpty() && !m_empty->text().isEmpty());
    m_chipArea->setVisible(!m_chips.isEmpty());
    m_chipArea->updateGeometry();
    placeChipsBeforeBox();
}

// New chips join the focus chain at its end; Tab reaches them before the box below them.
void ChipPicker::placeChipsBeforeBox()
{
    QWidget *previous = m_box->previousInFocusChain();
    for (QToolButton *button : m_chipArea->findChildren<QToolButton *>()) {
        if (button->parentWidget()->property("chipGone").toBool())
            continue;
        QWidget::setTabOrder(previous, button);
        previous = button;
    }
    QWidget::setTabOrder(previous, m_box);
}

void ChipPicker::rebuildBox()
{
    const QStringList chosen = keys();
    const QSignalBlocker blocker(m_box);
    m_box->clear();
    for (const Option &option : std::as_const(m_options)) {
        if (chosen.contains(option.key))
            continue;
        m_box->addItem(option.label, option.key);
        m_box->setItemData(m_box->count() - 1, option.toolTip, Qt::ToolTipRole);
    }
    m_box->setCurrentIndex(-1);
    m_box->setCurrentText(QString());
}
