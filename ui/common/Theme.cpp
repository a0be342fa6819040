#include "ui/common/Theme.h"

#include <QGuiApplication>

namespace Theme {
namespace {

struct Pair
{
    QRgb light;
    QRgb dark;
};

// Indexed by Color; light values are the ones the application always used, dark ones keep the
// same meaning with enough contrast on a dark window.
constexpr Pair kColors[] = {
    {0xc62828, 0xff8a80}, // ErrorText
    {0x8a5200, 0xffb74d}, // WarningText
    {0x2e7d32, 0x81c784}, // SuccessText
    {0x1565c0, 0x90caf9}, // InfoText
    {0x5f6368, 0xa0a4aa}, // MutedText
    {0xfdecea, 0x4a1f1f}, // ErrorBackground
    {0xfff4e0, 0x4a3a1a}, // WarningBackground
    {0xe6f4ea, 0x1e3d24}, // SuccessBackground
    {0xe8f0fe, 0x1c2b45}, // InfoBackground
    {0xef9a9a, 0x8c3b3b}, // ErrorBorder
    {0xf0c36d, 0x8c6d2c}, // WarningBorder
    {0x81c995, 0x3d7a4a}, // SuccessBorder
    {0xaac4f0, 0x3d5a8c}, // InfoBorder
    {0x202124, 0xe8eaed}, // TextOnBackground
    {0xfff4c2, 0x5c4d12}, // Highlight
    {0xe8f0fe, 0x2a3d5c}, // Selection
    {0xffffff, 0xffffff}, // TextOnCategory
};

constexpr QRgb kCategories[] = {0x12a594, 0x1565c0, 0x8e4ec6, 0xd6409f, 0xe54d2e,
                                0xef6c00, 0x2e7d32, 0x6a1b9a, 0xad7f58, 0x8b8d98};

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor color(Color token, const QPalette &palette)
{
    const Pair &pair = kColors[int(token)];
    return QColor::fromRgb(isDark(palette) ? pair.dark : pair.light);
}

QColor color(Color token)
{
    return color(token, QGuiApplication::palette());
}

QString name(Color token, const QPalette &palette)
{
    return color(token, palette).name();
}

QString name(Color token)
{
    return color(token).name();
}

QString textStyle(Color token)
{
    return QStringLiteral("color: %1;").arg(name(token));
}

int categoryCount()
{
    return int(std::size(kCategories));
}

QColor category(int index)
{
    const int count = categoryCount();
    return QColor::fromRgb(kCategories[((index % count) + count) % count]);
}

} // namespace Theme
