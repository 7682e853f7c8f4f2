#include "theme.h"

namespace cl::ui {

namespace {
void setGroupColours(QPalette &p, QPalette::ColorGroup group, const QColor &window, const QColor &base,
                     const QColor &alternate, const QColor &text, const QColor &button, const QColor &highlight)
{
    p.setColor(group, QPalette::Window, window);
    p.setColor(group, QPalette::WindowText, text);
    p.setColor(group, QPalette::Base, base);
    p.setColor(group, QPalette::AlternateBase, alternate);
    p.setColor(group, QPalette::ToolTipBase, base);
    p.setColor(group, QPalette::ToolTipText, text);
    p.setColor(group, QPalette::PlaceholderText, text.darker(140));
    p.setColor(group, QPalette::Text, text);
    p.setColor(group, QPalette::Button, button);
    p.setColor(group, QPalette::ButtonText, text);
    p.setColor(group, QPalette::BrightText, Qt::white);
    p.setColor(group, QPalette::Highlight, highlight);
    p.setColor(group, QPalette::HighlightedText, Qt::white);
    p.setColor(group, QPalette::Link, highlight.lighter(130));
    p.setColor(group, QPalette::Light, button.lighter(150));
    p.setColor(group, QPalette::Midlight, button.lighter(125));
    p.setColor(group, QPalette::Mid, button.darker(120));
    p.setColor(group, QPalette::Dark, button.darker(160));
    p.setColor(group, QPalette::Shadow, Qt::black);
}
} // namespace

// Dark by default: traders watch screens for hours, often in dim rooms, and price colours read better on dark.
Theme Theme::dark()
{
    Theme t;
    t.kind = Kind::Dark;
    const QColor window(0x1e, 0x22, 0x2a);
    const QColor base(0x16, 0x19, 0x1f);
    const QColor text(0xd8, 0xdc, 0xe2);
    const QColor highlight(0x2f, 0x6f, 0xd0);
    for (auto group : {QPalette::Active, QPalette::Inactive})
        setGroupColours(t.palette, group, window, base, QColor(0x1b, 0x1f, 0x26), text, QColor(0x2a, 0x2f, 0x38), highlight);
    setGroupColours(t.palette, QPalette::Disabled, window, base, QColor(0x1b, 0x1f, 0x26), QColor(0x70, 0x76, 0x80),
                    QColor(0x26, 0x2a, 0x31), QColor(0x3a, 0x44, 0x55));
    t.bullish = QColor(0x26, 0xa6, 0x9a);
    t.bearish = QColor(0xef, 0x53, 0x50);
    t.neutral = QColor(0x5c, 0x63, 0x70);
    t.chartBackground = QColor(0x13, 0x17, 0x22);
    t.chartGrid = QColor(0x2a, 0x2e, 0x39);
    t.chartText = QColor(0xb2, 0xb5, 0xbe);
    t.crosshair = QColor(0x9d, 0xa3, 0xae);
    t.volume = QColor(0x5c, 0x6b, 0x80);
    t.zoneFill = QColor(255, 255, 255, 40);
    t.warning = QColor(0xff, 0xb7, 0x4d);
    return t;
}

Theme Theme::light()
{
    Theme t;
    t.kind = Kind::Light;
    const QColor window(0xf3, 0xf4, 0xf6);
    const QColor base(0xff, 0xff, 0xff);
    const QColor text(0x1f, 0x23, 0x28);
    const QColor highlight(0x1f, 0x6f, 0xeb);
    for (auto group : {QPalette::Active, QPalette::Inactive})
        setGroupColours(t.palette, group, window, base, QColor(0xf6, 0xf8, 0xfa), text, QColor(0xe6, 0xe8, 0xeb), highlight);
    setGroupColours(t.palette, QPalette::Disabled, window, base, QColor(0xf6, 0xf8, 0xfa), QColor(0x9a, 0xa0, 0xa6),
                    QColor(0xee, 0xef, 0xf1), QColor(0xa8, 0xc5, 0xf0));
    t.palette.setColor(QPalette::Shadow, QColor(0x80, 0x80, 0x80));
    t.bullish = QColor(0x08, 0x99, 0x81);
    t.bearish = QColor(0xf2, 0x36, 0x45);
    t.neutral = QColor(0xc8, 0xcc, 0xd2);
    t.chartBackground = QColor(0xff, 0xff, 0xff);
    t.chartGrid = QColor(0xe8, 0xea, 0xed);
    t.chartText = QColor(0x43, 0x4a, 0x54);
    t.crosshair = QColor(0x75, 0x7b, 0x85);
    t.volume = QColor(0xa8, 0xb3, 0xc2);
    t.zoneFill = QColor(0, 0, 0, 30);
    t.warning = QColor(0xe0, 0x8a, 0x00);
    return t;
}

Theme Theme::named(const QString &name)
{
    return name == QLatin1String("light") ? light() : dark();
}

} // namespace cl::ui
