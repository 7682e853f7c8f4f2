#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

#include <memory>

namespace cl::storage {

// Typed access to the user's preferences over QSettings, each key with its default in one place.
// With --data-dir the settings live in DIR/cryptolens.ini, so a test or a portable install never
// touches the user's real preferences.
class AppSettings
{
public:
    explicit AppSettings(const QString &dataDirOverride = {});

    QString fileName() const { return m_settings->fileName(); }
    void sync() { m_settings->sync(); }

    // Main window layout: geometry and dock state, tagged with the layout version that wrote them.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    int windowStateVersion() const;
    void setWindowState(const QByteArray &state, int version);

    // The candle browser's last selection.
    QString lastExchange() const;
    QString lastSymbol() const;
    QString lastTimeframe() const;
    void setLastSelection(const QString &exchange, const QString &symbol, const QString &timeframe);

    // Log verbosity: "info" (default) or "debug".
    QString logLevel() const;
    void setLogLevel(const QString &level);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace cl::storage
