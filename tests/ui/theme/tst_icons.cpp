#include "theme/icons.h"

#include <QImage>
#include <QPixmap>
#include <QTest>

using namespace cl;

class TstIcons : public QObject
{
    Q_OBJECT

private slots:
    void everyIconIsAnSvgThatRenders()
    {
        const QStringList names = ui::Icons::names();
        QVERIFY2(names.size() >= 10, qPrintable(names.join(QLatin1Char(','))));
        for (const QString &name : names) {
            const QIcon icon = ui::Icons::icon(name);
            QVERIFY2(!icon.isNull(), qPrintable(name));
            // Crisp at every device pixel ratio: SVG renders at any size.
            for (const int size : {16, 24, 48}) {
                const QImage image = icon.pixmap(size, size).toImage();
                QCOMPARE(image.width(), size);
                bool painted = false;
                for (int y = 0; y < image.height() && !painted; ++y) {
                    for (int x = 0; x < image.width() && !painted; ++x)
                        painted = qAlpha(image.pixel(x, y)) > 0;
                }
                QVERIFY2(painted, qPrintable(name));
            }
        }
    }

    void unknownNameGivesANullIcon()
    {
        QVERIFY(ui::Icons::icon(QStringLiteral("no-such-icon")).isNull());
        QVERIFY(ui::Icons::icon(QString()).isNull());
        QVERIFY(ui::Icons::icon(QStringLiteral("../theme")).isNull());
    }
};

QTEST_MAIN(TstIcons)
#include "tst_icons.moc"
