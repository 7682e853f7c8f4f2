#pragma once

// A small journal in a temporary data folder for the export tests: a portfolio with three trades (two closed,
// one open), journal entries with moods, tags, Markdown, HTML-looking text and screenshots, some of which
// must be refused (outside the data folder, a link out of it, missing, not an image).
#include "portfolio/journalrepository.h"
#include "portfolio/portfoliorepository.h"
#include "portfolio/portfoliosnapshot.h"
#include "portfolio/traderepository.h"
#include "storage/database.h"
#include "storage/sqlconnection.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

namespace cl::test {

struct JournalFixture
{
    QTemporaryDir root;
    QString dataDir;
    storage::SqlConnection connection;

    bool build(int extraTrades = 0)
    {
        using namespace cl::portfolio;
        dataDir = root.filePath(QStringLiteral("data"));
        QDir().mkpath(dataDir + QStringLiteral("/screenshots"));
        const QString db = dataDir + QStringLiteral("/cryptolens.sqlite");
        if (storage::Database::prepare(db).status != storage::Database::Status::Ok)
            return false;
        QString error;
        if (!connection.open(db, storage::SqlConnection::Mode::ReadWrite, &error))
            return false;
        QImage shot(320, 200, QImage::Format_RGB32);
        shot.fill(QColor(0x20, 0x60, 0xa0));
        QPainter(&shot).fillRect(40, 40, 100, 60, Qt::yellow);
        if (!shot.save(dataDir + QStringLiteral("/screenshots/setup.png")) || !shot.save(root.filePath(QStringLiteral("outside.png"))))
            return false;
        QFile::link(root.filePath(QStringLiteral("outside.png")), dataDir + QStringLiteral("/screenshots/link-out.png"));
        QFile text(dataDir + QStringLiteral("/screenshots/notes.png"));
        if (!text.open(QIODevice::WriteOnly) || text.write("not an image") < 0)
            return false;
        text.close();

        const qint64 portfolio = *PortfolioRepository(connection).create(
            {0, QStringLiteral("Swing <desk>"), QStringLiteral("USDT"), 10'000.0, false, 0}, &error);
        const qint64 day = 86'400'000;
        const qint64 t0 = 1'706'601'600'000; // 2024-01-30T08:00:00Z
        TradeRepository trades(connection);
        auto add = [&](const QString &id, Direction d, double entry, double exit, double qty, qint64 start, qint64 length,
                       QStringList tags) {
            Trade t;
            t.portfolioId = portfolio;
            t.externalId = id;
            t.symbol = QStringLiteral("BTC/USDT");
            t.direction = d;
            t.fees = 2.0;
            t.stopLoss = d == Direction::Long ? entry * 0.98 : entry * 1.02;
            t.takeProfit = d == Direction::Long ? entry * 1.05 : entry * 0.95;
            t.patternType = QStringLiteral("fvg");
            t.timeframe = QStringLiteral("1h");
            t.tags = std::move(tags);
            t.fills.push_back({0, FillKind::Entry, start, entry, qty, 0});
            if (exit > 0)
                t.fills.push_back({0, FillKind::Exit, start + length, exit, qty, 0});
            return *trades.insert(t, &error);
        };
        const qint64 first = add(QStringLiteral("T1"), Direction::Long, 40'000, 41'000, 0.1, t0, day, {QStringLiteral("breakout")});
        const qint64 second = add(QStringLiteral("T2"), Direction::Short, 2'500, 2'550, 2, t0 + 2 * day, 2 * day, {});
        add(QStringLiteral("T3"), Direction::Long, 50'000, 0, 0.05, t0 + 5 * day, 0, {});
        for (int i = 0; i < extraTrades; ++i)
            add(QStringLiteral("X%1").arg(i), i % 3 ? Direction::Long : Direction::Short, 100, i % 2 ? 103 : 98, 10,
                t0 + (6 + i) * day / 4, day / 3, {QStringLiteral("bulk")});

        JournalRepository journal(connection);
        const QStringList shots{QStringLiteral("screenshots/setup.png"), QStringLiteral("../outside.png"),
                                root.filePath(QStringLiteral("outside.png")), QStringLiteral("screenshots/link-out.png"),
                                QStringLiteral("screenshots/missing.png"), QStringLiteral("screenshots/notes.png")};
        const std::vector<JournalEntry> entries{
            {0, first, JournalPhase::Plan,
             QStringLiteral("Buy the **4h FVG** after the sweep.\n\n- stop under the sweep\n- target the weekly high\n\n"
                            "Literal: <b>x</b> and <img src=\"../outside.png\"> ![x](../outside.png)"),
             Mood::Confident, {}, shots, 1, 1},
            {0, first, JournalPhase::During, QStringLiteral("Moved the stop to break-even at 40800."), Mood::Neutral, {}, {}, 2, 2},
            {0, first, JournalPhase::Review, QStringLiteral("Exited early at 41000 & left 2R on the table."), Mood::Fearful, {}, {}, 3, 3},
            {0, first, JournalPhase::Lesson, QStringLiteral("Write the exit rule before the entry."), std::nullopt, {}, {}, 4, 4},
            {0, second, JournalPhase::Review, QStringLiteral("Revenge short | chased the move."), Mood::Revenge, {}, {}, 5, 5},
        };
        for (const JournalEntry &e : entries) {
            if (!journal.add(e, &error))
                return false;
        }
        return true;
    }

    portfolio::PortfolioSnapshot snapshot()
    {
        QString error;
        return *portfolio::PortfolioSnapshot::load(connection, QStringLiteral("Swing <desk>"), &error);
    }
};

} // namespace cl::test
