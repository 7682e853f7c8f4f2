<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>QObject</name>
        <message>
            <source>Equity (%1)</source>
            <translation>Kapital (%1)</translation>
        </message>
        <message>
            <source>Equity</source>
            <translation>Kapital</translation>
        </message>
        <message>
            <source>Drawdown</source>
            <translation>Drawdown</translation>
        </message>
        <message>
            <source>Drawdown %</source>
            <translation>Drawdown %</translation>
        </message>
        <message>
            <source>R-multiple distribution</source>
            <translation>Verteilung der R-Vielfachen</translation>
        </message>
        <message>
            <source>Losing</source>
            <translation>Verlust</translation>
        </message>
        <message>
            <source>Winning</source>
            <translation>Gewinn</translation>
        </message>
        <message>
            <source>Monte Carlo: %1 paths, seed %2 (%3)</source>
            <translation>Monte Carlo: %1 Pfade, Startwert %2 (%3)</translation>
        </message>
        <message>
            <source>trade</source>
            <translation>Trade</translation>
        </message>
        <message>
            <source>median</source>
            <translation>Median</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Export table as CSV</source>
            <translation>Tabelle als CSV exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
    </context>
    <context>
        <name>cl::app::DemoExchange</name>
        <message>
            <source>The demo exchange could not start: %1</source>
            <translation>Die Demo-Börse konnte nicht starten: %1</translation>
        </message>
    </context>
    <context>
        <name>cl::app::Workstation</name>
        <message>
            <source>Database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <source>Queue depth</source>
            <translation>Warteschlangenlänge</translation>
        </message>
        <message>
            <source>jobs</source>
            <translation>Aufträge</translation>
        </message>
        <message>
            <source>Write rate</source>
            <translation>Schreibrate</translation>
        </message>
        <message>
            <source>rows/s</source>
            <translation>Zeilen/s</translation>
        </message>
        <message>
            <source>Last commit</source>
            <translation>Letzter Commit</translation>
        </message>
        <message>
            <source>ms</source>
            <translation>ms</translation>
        </message>
        <message>
            <source>Failed jobs</source>
            <translation>Fehlgeschlagene Aufträge</translation>
        </message>
        <message>
            <source>Candles</source>
            <translation>Kerzen</translation>
        </message>
        <message>
            <source>batches</source>
            <translation>Stapel</translation>
        </message>
        <message>
            <source>Latency (mean)</source>
            <translation>Latenz (Mittel)</translation>
        </message>
        <message>
            <source>Latency (max)</source>
            <translation>Latenz (max.)</translation>
        </message>
        <message>
            <source>Trades</source>
            <translation>Trades</translation>
        </message>
        <message>
            <source>/s</source>
            <translation>/s</translation>
        </message>
        <message>
            <source>Rejected trades</source>
            <translation>Abgelehnte Trades</translation>
        </message>
        <message>
            <source>Kline mismatches</source>
            <translation>Kline-Abweichungen</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <source>Pattern updates</source>
            <translation>Muster-Aktualisierungen</translation>
        </message>
        <message>
            <source>Signals created</source>
            <translation>Erzeugte Signale</translation>
        </message>
        <message>
            <source>Feed %1</source>
            <translation>Feed %1</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Nachrichten</translation>
        </message>
        <message>
            <source>Last message</source>
            <translation>Letzte Nachricht</translation>
        </message>
        <message>
            <source>Reconnects</source>
            <translation>Neuverbindungen</translation>
        </message>
        <message>
            <source>Open a chart first: the backtest replays the current chart's symbol and timeframe.</source>
            <translation>Zuerst einen Chart öffnen: der Backtest spielt Symbol und Zeitrahmen des aktuellen Charts ab.</translation>
        </message>
        <message>
            <source>entry</source>
            <translation>Einstieg</translation>
        </message>
    </context>
    <context>
        <name>cl::chart::AnnotationPainter</name>
        <message>
            <source>Entry</source>
            <translation>Einstieg</translation>
        </message>
        <message>
            <source>SL</source>
            <translation>SL</translation>
        </message>
        <message>
            <source>TP1</source>
            <translation>TP1</translation>
        </message>
        <message>
            <source>TP2</source>
            <translation>TP2</translation>
        </message>
        <message>
            <source>TP3</source>
            <translation>TP3</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>Alarm</translation>
        </message>
        <message>
            <source>bull</source>
            <translation>bull</translation>
        </message>
        <message>
            <source>bear</source>
            <translation>bär</translation>
        </message>
    </context>
    <context>
        <name>cl::chart::CandleChartWidget</name>
        <message>
            <source>Create alert at %1</source>
            <translation>Alarm bei %1 anlegen</translation>
        </message>
        <message>
            <source>Log scale</source>
            <translation>Log-Skala</translation>
        </message>
        <message>
            <source>Auto scale</source>
            <translation>Automatisch skalieren</translation>
        </message>
        <message>
            <source>Reset view</source>
            <translation>Ansicht zurücksetzen</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
        <message>
            <source>RSI %1</source>
            <translation>RSI %1</translation>
        </message>
        <message>
            <source>MACD %1 %2 %3</source>
            <translation>MACD %1 %2 %3</translation>
        </message>
        <message>
            <source>O %1  H %2  L %3  C %4  V %5  %6%</source>
            <translation>E %1  H %2  T %3  S %4  V %5  %6 %</translation>
        </message>
        <message>
            <source>EMA %1</source>
            <translation>EMA %1</translation>
        </message>
        <message>
            <source>SMA %1</source>
            <translation>SMA %1</translation>
        </message>
        <message>
            <source>BB %1 %2</source>
            <translation>BB %1 %2</translation>
        </message>
    </context>
    <context>
        <name>cl::chart::ChartView</name>
        <message>
            <source>Symbol (exchange:BASE/QUOTE)</source>
            <translation>Symbol (Börse:BASIS/KURS)</translation>
        </message>
        <message>
            <source>Timeframe (keys 1 to 9)</source>
            <translation>Zeitrahmen (Tasten 1 bis 9)</translation>
        </message>
        <message>
            <source>Vol</source>
            <translation>Vol</translation>
        </message>
        <message>
            <source>Volume pane</source>
            <translation>Volumenbereich</translation>
        </message>
        <message>
            <source>EMA</source>
            <translation>EMA</translation>
        </message>
        <message>
            <source>Exponential moving average</source>
            <translation>Exponentieller gleitender Durchschnitt</translation>
        </message>
        <message>
            <source>SMA</source>
            <translation>SMA</translation>
        </message>
        <message>
            <source>Simple moving average</source>
            <translation>Einfacher gleitender Durchschnitt</translation>
        </message>
        <message>
            <source>BB</source>
            <translation>BB</translation>
        </message>
        <message>
            <source>Bollinger bands</source>
            <translation>Bollinger-Bänder</translation>
        </message>
        <message>
            <source>RSI</source>
            <translation>RSI</translation>
        </message>
        <message>
            <source>Relative strength index pane</source>
            <translation>Bereich für den Relative-Stärke-Index</translation>
        </message>
        <message>
            <source>MACD</source>
            <translation>MACD</translation>
        </message>
        <message>
            <source>MACD pane</source>
            <translation>MACD-Bereich</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Log</translation>
        </message>
        <message>
            <source>Logarithmic price scale</source>
            <translation>Logarithmische Preisskala</translation>
        </message>
        <message>
            <source>Local time</source>
            <translation>Ortszeit</translation>
        </message>
        <message>
            <source>Show times in local time instead of UTC</source>
            <translation>Zeiten in Ortszeit statt UTC anzeigen</translation>
        </message>
        <message>
            <source>Snapshot</source>
            <translation>Schnappschuss</translation>
        </message>
        <message>
            <source>Save the chart as a PNG image</source>
            <translation>Chart als PNG-Bild speichern</translation>
        </message>
        <message>
            <source>Indicator settings...</source>
            <translation>Indikatoreinstellungen...</translation>
        </message>
        <message>
            <source>Periods of this chart's indicators</source>
            <translation>Perioden der Indikatoren dieses Charts</translation>
        </message>
    </context>
    <context>
        <name>cl::chart::IndicatorParameters</name>
        <message>
            <source>%1 period %2 is outside %3 to %4</source>
            <translation>Periode %2 für %1 liegt außerhalb von %3 bis %4</translation>
        </message>
        <message>
            <source>EMA</source>
            <translation>EMA</translation>
        </message>
        <message>
            <source>SMA</source>
            <translation>SMA</translation>
        </message>
        <message>
            <source>Bollinger</source>
            <translation>Bollinger</translation>
        </message>
        <message>
            <source>RSI</source>
            <translation>RSI</translation>
        </message>
        <message>
            <source>MACD fast</source>
            <translation>MACD schnell</translation>
        </message>
        <message>
            <source>MACD slow</source>
            <translation>MACD langsam</translation>
        </message>
        <message>
            <source>MACD signal</source>
            <translation>MACD-Signal</translation>
        </message>
        <message>
            <source>Bollinger width %1 must be above 0 and at most %2</source>
            <translation>Bollinger-Breite %1 muss größer als 0 und höchstens %2 sein</translation>
        </message>
        <message>
            <source>MACD fast period %1 must be shorter than the slow period %2</source>
            <translation>Die schnelle MACD-Periode %1 muss kürzer sein als die langsame Periode %2</translation>
        </message>
    </context>
    <context>
        <name>cl::chart::IndicatorParametersForm</name>
        <message>
            <source>EMA period:</source>
            <translation>EMA-Periode:</translation>
        </message>
        <message>
            <source>SMA period:</source>
            <translation>SMA-Periode:</translation>
        </message>
        <message>
            <source>Bollinger period:</source>
            <translation>Bollinger-Periode:</translation>
        </message>
        <message>
            <source>Band distance from the middle line in standard deviations</source>
            <translation>Abstand der Bänder von der Mittellinie in Standardabweichungen</translation>
        </message>
        <message>
            <source>Bollinger width (× standard deviation):</source>
            <translation>Bollinger-Breite (× Standardabweichung):</translation>
        </message>
        <message>
            <source>RSI period:</source>
            <translation>RSI-Periode:</translation>
        </message>
        <message>
            <source>MACD fast period:</source>
            <translation>Schnelle MACD-Periode:</translation>
        </message>
        <message>
            <source>MACD slow period:</source>
            <translation>Langsame MACD-Periode:</translation>
        </message>
        <message>
            <source>MACD signal period:</source>
            <translation>MACD-Signalperiode:</translation>
        </message>
    </context>
    <context>
        <name>cl::chart::IndicatorSettingsDialog</name>
        <message>
            <source>Indicator settings</source>
            <translation>Indikatoreinstellungen</translation>
        </message>
        <message>
            <source>The defaults for new charts from the settings</source>
            <translation>Die Standardwerte für neue Charts aus den Einstellungen</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::AlertEditorDialog</name>
        <message>
            <source>Alert</source>
            <translation>Alarm</translation>
        </message>
        <message>
            <source>(from the condition)</source>
            <translation>(aus der Bedingung)</translation>
        </message>
        <message>
            <source>Price crosses above</source>
            <translation>Preis kreuzt nach oben</translation>
        </message>
        <message>
            <source>Price crosses below</source>
            <translation>Preis kreuzt nach unten</translation>
        </message>
        <message>
            <source>% change over a window</source>
            <translation>Änderung in % über ein Zeitfenster</translation>
        </message>
        <message>
            <source>Volume spike</source>
            <translation>Volumenspitze</translation>
        </message>
        <message>
            <source>RSI above</source>
            <translation>RSI über</translation>
        </message>
        <message>
            <source>RSI below</source>
            <translation>RSI unter</translation>
        </message>
        <message>
            <source>New pattern</source>
            <translation>Neues Muster</translation>
        </message>
        <message>
            <source>Pattern zone touched / filled</source>
            <translation>Musterzone berührt / gefüllt</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>Signal</translation>
        </message>
        <message>
            <source>Feed disconnected</source>
            <translation>Feed getrennt</translation>
        </message>
        <message>
            <source>BTC/USDT, ETH/USDT</source>
            <translation>BTC/USDT, ETH/USDT</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>ratio to the volume SMA</source>
            <translation>Verhältnis zum Volumen-SMA</translation>
        </message>
        <message>
            <source>z-score</source>
            <translation>z-Wert</translation>
        </message>
        <message>
            <source>default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>any</source>
            <translation>beliebig</translation>
        </message>
        <message>
            <source>bullish</source>
            <translation>bullisch</translation>
        </message>
        <message>
            <source>bearish</source>
            <translation>bärisch</translation>
        </message>
        <message>
            <source>touched</source>
            <translation>berührt</translation>
        </message>
        <message>
            <source>filled</source>
            <translation>gefüllt</translation>
        </message>
        <message>
            <source>Re-arm after firing</source>
            <translation>Nach dem Auslösen wieder scharf schalten</translation>
        </message>
        <message>
            <source>Only between (UTC)</source>
            <translation>Nur zwischen (UTC)</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Läuft ab</translation>
        </message>
        <message>
            <source>silent</source>
            <translation>stumm</translation>
        </message>
        <message>
            <source>beep</source>
            <translation>Piepton</translation>
        </message>
        <message>
            <source>push channels, e.g. ntfy</source>
            <translation>Push-Kanäle, z. B. ntfy</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Condition:</source>
            <translation>Bedingung:</translation>
        </message>
        <message>
            <source>Exchange:</source>
            <translation>Börse:</translation>
        </message>
        <message>
            <source>Symbols:</source>
            <translation>Symbole:</translation>
        </message>
        <message>
            <source>Watchlist:</source>
            <translation>Beobachtungsliste:</translation>
        </message>
        <message>
            <source>Timeframe:</source>
            <translation>Zeitrahmen:</translation>
        </message>
        <message>
            <source>Level:</source>
            <translation>Niveau:</translation>
        </message>
        <message>
            <source>Change:</source>
            <translation>Änderung:</translation>
        </message>
        <message>
            <source>Window:</source>
            <translation>Fenster:</translation>
        </message>
        <message>
            <source>Measure:</source>
            <translation>Messgröße:</translation>
        </message>
        <message>
            <source>Threshold:</source>
            <translation>Schwelle:</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Periode:</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>Muster:</translation>
        </message>
        <message>
            <source>Direction:</source>
            <translation>Richtung:</translation>
        </message>
        <message>
            <source>Zone:</source>
            <translation>Zone:</translation>
        </message>
        <message>
            <source>Minimum score:</source>
            <translation>Mindestbewertung:</translation>
        </message>
        <message>
            <source>Down for more than:</source>
            <translation>Gefallen um mehr als:</translation>
        </message>
        <message>
            <source>Cooldown:</source>
            <translation>Abkühlzeit:</translation>
        </message>
        <message>
            <source>Active hours:</source>
            <translation>Aktive Stunden:</translation>
        </message>
        <message>
            <source>Expiry:</source>
            <translation>Ablauf:</translation>
        </message>
        <message>
            <source>Sound:</source>
            <translation>Ton:</translation>
        </message>
        <message>
            <source>Push:</source>
            <translation>Push:</translation>
        </message>
        <message>
            <source>Symbol '%1': %2</source>
            <translation>Symbol „%1“: %2</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::AlertHistoryDock</name>
        <message>
            <source>Alert history</source>
            <translation>Alarmverlauf</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>Bestätigen</translation>
        </message>
        <message>
            <source>Acknowledge all</source>
            <translation>Alle bestätigen</translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <translation>Zeit (UTC)</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>Symbol</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Nachricht</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::AlertListDock</name>
        <message>
            <source>Alerts</source>
            <translation>Alarme</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Neu…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Bedingung</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>once</source>
            <translation>einmalig</translation>
        </message>
        <message>
            <source>until %1</source>
            <translation>bis %1</translation>
        </message>
        <message>
            <source>sound</source>
            <translation>Ton</translation>
        </message>
        <message>
            <source>Price above</source>
            <translation>Preis über</translation>
        </message>
        <message>
            <source>Price below</source>
            <translation>Preis unter</translation>
        </message>
        <message>
            <source>% change</source>
            <translation>% Änderung</translation>
        </message>
        <message>
            <source>Volume spike</source>
            <translation>Volumenspitze</translation>
        </message>
        <message>
            <source>RSI above</source>
            <translation>RSI über</translation>
        </message>
        <message>
            <source>RSI below</source>
            <translation>RSI unter</translation>
        </message>
        <message>
            <source>Pattern</source>
            <translation>Muster</translation>
        </message>
        <message>
            <source>Pattern zone</source>
            <translation>Musterzone</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>Signal</translation>
        </message>
        <message>
            <source>Feed down</source>
            <translation>Feed ausgefallen</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>%1 d</source>
            <translation>%1 T</translation>
        </message>
        <message>
            <source>crosses above %1</source>
            <translation>kreuzt %1 nach oben</translation>
        </message>
        <message>
            <source>crosses below %1</source>
            <translation>kreuzt %1 nach unten</translation>
        </message>
        <message>
            <source>moves %1 % within %2</source>
            <translation>bewegt sich %1 % innerhalb von %2</translation>
        </message>
        <message>
            <source>volume ≥ %1× its average</source>
            <translation>Volumen ≥ %1× seines Durchschnitts</translation>
        </message>
        <message>
            <source>volume z-score ≥ %1</source>
            <translation>Volumen-z-Wert ≥ %1</translation>
        </message>
        <message>
            <source>RSI ≥ %1</source>
            <translation>RSI ≥ %1</translation>
        </message>
        <message>
            <source>RSI ≤ %1</source>
            <translation>RSI ≤ %1</translation>
        </message>
        <message>
            <source>new pattern</source>
            <translation>neues Muster</translation>
        </message>
        <message>
            <source>zone filled</source>
            <translation>Zone gefüllt</translation>
        </message>
        <message>
            <source>zone touched</source>
            <translation>Zone berührt</translation>
        </message>
        <message>
            <source>signal with confluence ≥ %1</source>
            <translation>Signal mit Konfluenz ≥ %1</translation>
        </message>
        <message>
            <source>feed down for over %1</source>
            <translation>Feed länger als %1 ausgefallen</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>watchlist %1</source>
            <translation>Watchlist %1</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 auf %2</translation>
        </message>
        <message>
            <source>re-arm, cooldown %1</source>
            <translation>wieder scharf, Abkühlzeit %1</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::AnalyticsView</name>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Breakdowns</source>
            <translation>Aufschlüsselungen</translation>
        </message>
        <message>
            <source>Trades</source>
            <translation>Trades</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Monatlich</translation>
        </message>
        <message>
            <source>Equity</source>
            <translation>Kapital</translation>
        </message>
        <message>
            <source>R multiples</source>
            <translation>R-Vielfache</translation>
        </message>
        <message>
            <source>random</source>
            <translation>zufällig</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Starten</translation>
        </message>
        <message>
            <source>Paths</source>
            <translation>Pfade</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Startwert</translation>
        </message>
        <message>
            <source>Monte Carlo</source>
            <translation>Monte Carlo</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV exportieren…</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Kennzahl</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Convention</source>
            <translation>Konvention</translation>
        </message>
        <message>
            <source>Trade</source>
            <translation>Trade</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>Symbol</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>Entry (UTC)</source>
            <translation>Einstieg (UTC)</translation>
        </message>
        <message>
            <source>Exit (UTC)</source>
            <translation>Ausstieg (UTC)</translation>
        </message>
        <message>
            <source>P&amp;L</source>
            <translation>G&amp;V</translation>
        </message>
        <message>
            <source>P&amp;L %</source>
            <translation>G&amp;V %</translation>
        </message>
        <message>
            <source>R</source>
            <translation>R</translation>
        </message>
        <message>
            <source>Pattern</source>
            <translation>Muster</translation>
        </message>
        <message>
            <source>Timeframe</source>
            <translation>Zeitrahmen</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Mood</source>
            <translation>Stimmung</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>Year P&amp;L</source>
            <translation>Jahres-G&amp;V</translation>
        </message>
        <message>
            <source>Year return</source>
            <translation>Jahresrendite</translation>
        </message>
        <message>
            <source>return %1</source>
            <translation>Rendite %1</translation>
        </message>
        <message>
            <source>Not run yet</source>
            <translation>Noch nicht ausgeführt</translation>
        </message>
        <message>
            <source>Percentile</source>
            <translation>Perzentil</translation>
        </message>
        <message>
            <source>Terminal equity</source>
            <translation>Endkapital</translation>
        </message>
        <message>
            <source>Max drawdown</source>
            <translation>Max. Drawdown</translation>
        </message>
        <message>
            <source>Seed %1 · %2 paths of %3 trades · P(loss) %4 · P(drawdown beyond 20 %) %5</source>
            <translation>Startwert %1 · %2 Pfade mit %3 Trades · P(Verlust) %4 · P(Drawdown über 20 %) %5</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::BacktestDock</name>
        <message>
            <source>Backtest</source>
            <translation>Backtest</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Starten</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Choose the parameters and run.</source>
            <translation>Parameter wählen und starten.</translation>
        </message>
        <message>
            <source>Win rate in %, breakevens count as non-wins; drawdown on the per-trade equity curve; Sharpe from zero-filled daily returns, annualized with 365 days. Inconclusive trades (stop and target in one candle) count as 0 R.</source>
            <translation>Trefferquote in %, Break-even zählt nicht als Gewinn; Drawdown auf der Kapitalkurve pro Trade; Sharpe aus mit Nullen aufgefüllten Tagesrenditen, annualisiert mit 365 Tagen. Unentschiedene Trades (Stop und Ziel in einer Kerze) zählen als 0 R.</translation>
        </message>
        <message>
            <source>Equity (realized)</source>
            <translation>Kapital (realisiert)</translation>
        </message>
        <message>
            <source>Patterns</source>
            <translation>Muster</translation>
        </message>
        <message>
            <source>Confluence signals</source>
            <translation>Konfluenz-Signale</translation>
        </message>
        <message>
            <source>Trade</source>
            <translation>Trade</translation>
        </message>
        <message>
            <source>Limit at the entry level</source>
            <translation>Limit auf dem Einstiegsniveau</translation>
        </message>
        <message>
            <source>Next candle's open</source>
            <translation>Eröffnung der nächsten Kerze</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Einstieg</translation>
        </message>
        <message>
            <source>TP1</source>
            <translation>TP1</translation>
        </message>
        <message>
            <source>TP2</source>
            <translation>TP2</translation>
        </message>
        <message>
            <source>TP3</source>
            <translation>TP3</translation>
        </message>
        <message>
            <source>Scaled (a third at each)</source>
            <translation>Gestaffelt (je ein Drittel)</translation>
        </message>
        <message>
            <source>Exit</source>
            <translation>Ausstieg</translation>
        </message>
        <message>
            <source>Stop first when one candle reaches stop and target</source>
            <translation>Stop zuerst, wenn eine Kerze Stop und Ziel erreicht</translation>
        </message>
        <message>
            <source>Off: such a trade is inconclusive and counts as 0 R.</source>
            <translation>Aus: ein solcher Trade ist unentschieden und zählt als 0 R.</translation>
        </message>
        <message>
            <source>pattern targets</source>
            <translation>Musterziele</translation>
        </message>
        <message>
            <source>RR target</source>
            <translation>CRV-Ziel</translation>
        </message>
        <message>
            <source>Stop buffer ×</source>
            <translation>Stop-Puffer ×</translation>
        </message>
        <message>
            <source>Lifetime ×</source>
            <translation>Lebensdauer ×</translation>
        </message>
        <message>
            <source>Fee (bps)</source>
            <translation>Gebühr (bps)</translation>
        </message>
        <message>
            <source>Slippage (bps)</source>
            <translation>Slippage (bps)</translation>
        </message>
        <message>
            <source>Risk per trade (%)</source>
            <translation>Risiko pro Trade (%)</translation>
        </message>
        <message>
            <source>Initial balance</source>
            <translation>Anfangskapital</translation>
        </message>
        <message>
            <source>Cannot run: %1</source>
            <translation>Start nicht möglich: %1</translation>
        </message>
        <message>
            <source>Cannot run: no history to replay (choose a symbol and timeframe).</source>
            <translation>Start nicht möglich: keine Historie zum Abspielen (Symbol und Zeitrahmen wählen).</translation>
        </message>
        <message>
            <source>Running…</source>
            <translation>Läuft…</translation>
        </message>
        <message>
            <source>no history to replay</source>
            <translation>keine Historie zum Abspielen</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <source>%1 trades · win rate %2 % · expectancy %3 R · profit factor %4 · net %5 · max drawdown %6 % · Sharpe %7</source>
            <translation>%1 Trades · Trefferquote %2 % · Erwartungswert %3 R · Profitfaktor %4 · netto %5 · max. Drawdown %6 % · Sharpe %7</translation>
        </message>
        <message>
            <source>UTC</source>
            <translation>UTC</translation>
        </message>
        <message>
            <source>Run a backtest to see its equity curve.</source>
            <translation>Starten Sie einen Backtest, um seine Kapitalkurve zu sehen.</translation>
        </message>
        <message>
            <source>The run closed no trades, so there is no equity curve to draw.</source>
            <translation>Der Lauf hat keine Trades geschlossen, daher gibt es keine Kapitalkurve.</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::BacktestTradeModel</name>
        <message>
            <source>long</source>
            <translation>Long</translation>
        </message>
        <message>
            <source>short</source>
            <translation>Short</translation>
        </message>
        <message>
            <source>Pattern</source>
            <translation>Muster</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>Detected (UTC)</source>
            <translation>Erkannt (UTC)</translation>
        </message>
        <message>
            <source>Entry (UTC)</source>
            <translation>Einstieg (UTC)</translation>
        </message>
        <message>
            <source>Entry price</source>
            <translation>Einstiegspreis</translation>
        </message>
        <message>
            <source>Exit (UTC)</source>
            <translation>Ausstieg (UTC)</translation>
        </message>
        <message>
            <source>Exit price</source>
            <translation>Ausstiegspreis</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>R</source>
            <translation>R</translation>
        </message>
        <message>
            <source>P&amp;L</source>
            <translation>G&amp;V</translation>
        </message>
        <message>
            <source>win</source>
            <translation>Gewinn</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>Verlust</translation>
        </message>
        <message>
            <source>inconclusive</source>
            <translation>unentschieden</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>abgelaufen</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::CandleBrowser</name>
        <message>
            <source>Symbols with stored candles</source>
            <translation>Symbole mit gespeicherten Kerzen</translation>
        </message>
        <message>
            <source>Symbol:</source>
            <translation>Symbol:</translation>
        </message>
        <message>
            <source>Timeframe:</source>
            <translation>Zeitrahmen:</translation>
        </message>
        <message>
            <source>newest %1 of %2 candles</source>
            <translation>neueste %1 von %2 Kerzen</translation>
        </message>
        <message>
            <source>Opening the database...</source>
            <translation>Die Datenbank wird geöffnet...</translation>
        </message>
        <message>
            <source>No candles stored yet. Import some with: cryptolens-cli candles import</source>
            <translation>Noch keine Kerzen gespeichert. Importieren mit: cryptolens-cli candles import</translation>
        </message>
        <message>
            <source>Loading...</source>
            <translation>Wird geladen...</translation>
        </message>
        <message>
            <source>Cannot read candles: %1</source>
            <translation>Kerzen können nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>%1 candles</source>
            <translation>%1 Kerzen</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::CandleTableModel</name>
        <message>
            <source>Open time</source>
            <translation>Eröffnungszeit</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Eröffnung</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Hoch</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Tief</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schluss</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::ChartTabs</name>
        <message>
            <source>Chart</source>
            <translation>Chart</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::DiagnosticsDock</name>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnose</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Kennzahl</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::FeedStatusWidget</name>
        <message>
            <source>stopped</source>
            <translation>gestoppt</translation>
        </message>
        <message>
            <source>connecting</source>
            <translation>verbindet</translation>
        </message>
        <message>
            <source>subscribing</source>
            <translation>abonniert</translation>
        </message>
        <message>
            <source>live</source>
            <translation>live</translation>
        </message>
        <message>
            <source>closing</source>
            <translation>wird geschlossen</translation>
        </message>
        <message>
            <source>reconnecting</source>
            <translation>verbindet neu</translation>
        </message>
        <message>
            <source>–</source>
            <translation>–</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 %2 · %3 msg/s · %4</source>
            <translation>%1 %2 · %3 Nachr./s · %4</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n symbol(s), %2 reconnect(s)%3</source>
            <translation>
                <numerusform>%1: %n Symbol, %2 Neuverbindung(en)%3</numerusform>
                <numerusform>%1: %n Symbole, %2 Neuverbindung(en)%3</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cl::ui::JournalEditorDock</name>
        <message>
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>No trade selected</source>
            <translation>Kein Trade ausgewählt</translation>
        </message>
        <message>
            <source>Mood:</source>
            <translation>Stimmung:</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Tags…</source>
            <translation>Tags…</translation>
        </message>
        <message>
            <source>Markdown: **bold**, - lists, ![](screenshots/file.png)</source>
            <translation>Markdown: **fett**, - Listen, ![](screenshots/datei.png)</translation>
        </message>
        <message>
            <source>Pre-trade checklist</source>
            <translation>Checkliste vor dem Trade</translation>
        </message>
        <message>
            <source>Edit checklist…</source>
            <translation>Checkliste bearbeiten…</translation>
        </message>
        <message>
            <source>Add screenshot…</source>
            <translation>Screenshot hinzufügen…</translation>
        </message>
        <message>
            <source>Chart snapshot</source>
            <translation>Chart-Schnappschuss</translation>
        </message>
        <message>
            <source>%1 · %2 %3</source>
            <translation>%1 · %2 %3</translation>
        </message>
        <message>
            <source>&lt;i&gt;no tags&lt;/i&gt;</source>
            <translation>&lt;i&gt;keine Tags&lt;/i&gt;</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>Bearbeitung…</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 gespeichert</translation>
        </message>
        <message>
            <source>%1 is not an image</source>
            <translation>%1 ist kein Bild</translation>
        </message>
        <message>
            <source>cannot create the screenshots folder in %1</source>
            <translation>der Screenshot-Ordner kann in %1 nicht angelegt werden</translation>
        </message>
        <message>
            <source>cannot copy %1 into %2</source>
            <translation>%1 kann nicht nach %2 kopiert werden</translation>
        </message>
        <message>
            <source>select a trade first</source>
            <translation>zuerst einen Trade auswählen</translation>
        </message>
        <message>
            <source>Snapshot not attached: %1</source>
            <translation>Schnappschuss nicht angehängt: %1</translation>
        </message>
        <message>
            <source>Add screenshot</source>
            <translation>Screenshot hinzufügen</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
            <translation>Bilder (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
        </message>
        <message>
            <source>Screenshot</source>
            <translation>Screenshot</translation>
        </message>
        <message>
            <source>One item per line:</source>
            <translation>Ein Eintrag pro Zeile:</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::LogDock</name>
        <message>
            <source>Log</source>
            <translation>Protokoll</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::MainWindow</name>
        <message>
            <source>Stored candles</source>
            <translation>Gespeicherte Kerzen</translation>
        </message>
        <message>
            <source>Pattern matrix</source>
            <translation>Mustermatrix</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Signale</translation>
        </message>
        <message>
            <source>CryptoLens</source>
            <translation>CryptoLens</translation>
        </message>
        <message>
            <source>Opening database...</source>
            <translation>Datenbank wird geöffnet...</translation>
        </message>
        <message>
            <source>Database unavailable</source>
            <translation>Datenbank nicht verfügbar</translation>
        </message>
        <message>
            <source>Database ready</source>
            <translation>Datenbank bereit</translation>
        </message>
        <message>
            <source>Database damaged</source>
            <translation>Datenbank beschädigt</translation>
        </message>
        <message>
            <source>%1

CryptoLens can move the damaged file aside (it is kept, not deleted) and start with a fresh database. Do that now?</source>
            <translation>%1

CryptoLens kann die beschädigte Datei beiseitelegen (sie bleibt erhalten, sie wird nicht gelöscht) und mit einer neuen Datenbank beginnen. Jetzt tun?</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About CryptoLens</source>
            <translation>&amp;Über CryptoLens</translation>
        </message>
        <message>
            <source>About CryptoLens</source>
            <translation>Über CryptoLens</translation>
        </message>
        <message>
            <source>&lt;b&gt;CryptoLens %1&lt;/b&gt;&lt;p&gt;A native trading workstation for crypto traders: live market data, pattern detection, signals, alerts and a trade journal, all on your own machine.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL v3 or later.&lt;/p&gt;</source>
            <translation>&lt;b&gt;CryptoLens %1&lt;/b&gt;&lt;p&gt;Eine native Trading-Workstation für Krypto-Trader: Live-Marktdaten, Mustererkennung, Signale, Alarme und ein Trading-Journal, alles auf dem eigenen Rechner.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL v3 oder später.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;New chart</source>
            <translation>&amp;Neuer Chart</translation>
        </message>
        <message>
            <source>&amp;Close chart</source>
            <translation>Chart &amp;schließen</translation>
        </message>
        <message>
            <source>Chart &amp;snapshot</source>
            <translation>Chart-&amp;Schnappschuss</translation>
        </message>
        <message>
            <source>The snapshot could not be written</source>
            <translation>Der Schnappschuss konnte nicht geschrieben werden</translation>
        </message>
        <message>
            <source>Snapshot saved to %1</source>
            <translation>Schnappschuss gespeichert unter %1</translation>
        </message>
        <message>
            <source>Save window &amp;image...</source>
            <translation>Fenster&amp;bild speichern...</translation>
        </message>
        <message>
            <source>Save window image</source>
            <translation>Fensterbild speichern</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <source>Could not write %1</source>
            <translation>%1 konnte nicht geschrieben werden</translation>
        </message>
        <message>
            <source>Open &amp;data folder</source>
            <translation>&amp;Datenordner öffnen</translation>
        </message>
        <message>
            <source>&amp;Reload symbols</source>
            <translation>Symbole &amp;neu laden</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation>&amp;Bereiche</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Farbschema</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Dunkel</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Hell</translation>
        </message>
        <message>
            <source>&amp;Layouts</source>
            <translation>&amp;Layouts</translation>
        </message>
        <message>
            <source>&amp;Reset layout</source>
            <translation>Layout &amp;zurücksetzen</translation>
        </message>
        <message>
            <source>&amp;Full screen</source>
            <translation>&amp;Vollbild</translation>
        </message>
        <message>
            <source>&amp;Save layout as...</source>
            <translation>Layout &amp;speichern unter...</translation>
        </message>
        <message>
            <source>Save layout</source>
            <translation>Layout speichern</translation>
        </message>
        <message>
            <source>Name of the layout:</source>
            <translation>Name des Layouts:</translation>
        </message>
        <message>
            <source>&amp;Delete layout...</source>
            <translation>Layout &amp;löschen...</translation>
        </message>
        <message>
            <source>Delete layout</source>
            <translation>Layout löschen</translation>
        </message>
        <message>
            <source>Layout:</source>
            <translation>Layout:</translation>
        </message>
        <message>
            <source>The layout "%1" was saved by another version and cannot be restored</source>
            <translation>Das Layout „%1“ wurde von einer anderen Version gespeichert und kann nicht wiederhergestellt werden</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Werkzeuge</translation>
        </message>
        <message>
            <source>&amp;Settings...</source>
            <translation>&amp;Einstellungen...</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts...</source>
            <translation>&amp;Tastenkürzel...</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::MarkdownPreview</name>
        <message>
            <source>%1: only images inside the data folder are shown</source>
            <translation>%1: nur Bilder im Datenordner werden angezeigt</translation>
        </message>
        <message>
            <source>image not shown</source>
            <translation>Bild nicht angezeigt</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::OptimizationTrialModel</name>
        <message>
            <source>Fewer trades than the minimum: not ranked.</source>
            <translation>Weniger Trades als das Minimum: nicht bewertet.</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::OptimizationView</name>
        <message>
            <source>Heatmap of the best score: x</source>
            <translation>Heatmap der besten Bewertung: x</translation>
        </message>
        <message>
            <source>y</source>
            <translation>y</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::PaperOrderTicket</name>
        <message>
            <source>Paper order</source>
            <translation>Papier-Order</translation>
        </message>
        <message>
            <source>Buy / long</source>
            <translation>Kauf / Long</translation>
        </message>
        <message>
            <source>Sell / short</source>
            <translation>Verkauf / Short</translation>
        </message>
        <message>
            <source>Market</source>
            <translation>Markt</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Limit</translation>
        </message>
        <message>
            <source>Stop (breakout)</source>
            <translation>Stop (Ausbruch)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>fee %1 % of the notional, slippage %2 bps on market and stop fills</source>
            <translation>Gebühr %1 % des Nominalwerts, Slippage %2 bps bei Markt- und Stop-Ausführungen</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Börse</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>Symbol</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>Order type</source>
            <translation>Ordertyp</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Price / trigger</source>
            <translation>Preis / Auslöser</translation>
        </message>
        <message>
            <source>Stop loss</source>
            <translation>Stop-Loss</translation>
        </message>
        <message>
            <source>Take profit</source>
            <translation>Take-Profit</translation>
        </message>
        <message>
            <source>Last price</source>
            <translation>Letzter Preis</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Place order</source>
            <translation>Order platzieren</translation>
        </message>
        <message>
            <source>Symbol: %1</source>
            <translation>Symbol: %1</translation>
        </message>
        <message>
            <source>Stop loss: on the wrong side of the entry</source>
            <translation>Stop-Loss: auf der falschen Seite des Einstiegs</translation>
        </message>
        <message>
            <source>Take profit: on the wrong side of the entry</source>
            <translation>Take-Profit: auf der falschen Seite des Einstiegs</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::ParameterHeatmap</name>
        <message>
            <source>No trials</source>
            <translation>Keine Durchläufe</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::PatternMatrixModel</name>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>Bullish</source>
            <translation>Bullisch</translation>
        </message>
        <message>
            <source>Bearish</source>
            <translation>Bärisch</translation>
        </message>
        <message>
            <source>Fair value gap</source>
            <translation>Fair Value Gap</translation>
        </message>
        <message>
            <source>Order block</source>
            <translation>Order Block</translation>
        </message>
        <message>
            <source>Liquidity sweep</source>
            <translation>Liquiditäts-Sweep</translation>
        </message>
        <message>
            <source>%1 %2 (%3)
Zone: %4 – %5
Detected: %6 UTC (%7 ago)
Filled: %8%</source>
            <translation>%1 %2 (%3)
Zone: %4 – %5
Erkannt: %6 UTC (vor %7)
Gefüllt: %8 %</translation>
        </message>
        <message>
            <source>%1 on %2: %3 bullish, %4 bearish</source>
            <translation>%1 auf %2: %3 bullisch, %4 bärisch</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::PatternMatrixView</name>
        <message>
            <source>No symbols watched yet</source>
            <translation>Noch keine Symbole beobachtet</translation>
        </message>
        <message numerus="yes">
            <source>%n symbol(s)</source>
            <translation>
                <numerusform>%n Symbol</numerusform>
                <numerusform>%n Symbole</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not load the pattern matrix</source>
            <translation>Die Mustermatrix konnte nicht geladen werden</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::PortfolioDock</name>
        <message>
            <source>Portfolio</source>
            <translation>Portfolio</translation>
        </message>
        <message>
            <source>New trade</source>
            <translation>Neuer Trade</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Bearbeiten</translation>
        </message>
        <message>
            <source>Paper order</source>
            <translation>Papier-Order</translation>
        </message>
        <message>
            <source>Export trades CSV…</source>
            <translation>Trades als CSV exportieren…</translation>
        </message>
        <message>
            <source>trades</source>
            <translation>Trades</translation>
        </message>
        <message>
            <source>Export journal</source>
            <translation>Journal exportieren</translation>
        </message>
        <message>
            <source>As Markdown…</source>
            <translation>Als Markdown…</translation>
        </message>
        <message>
            <source>As PDF…</source>
            <translation>Als PDF…</translation>
        </message>
        <message>
            <source>%1 (paper)</source>
            <translation>%1 (Papier)</translation>
        </message>
        <message>
            <source>Trade</source>
            <translation>Trade</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>Symbol</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Entry (UTC)</source>
            <translation>Einstieg (UTC)</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Einstieg</translation>
        </message>
        <message>
            <source>Exit</source>
            <translation>Ausstieg</translation>
        </message>
        <message>
            <source>P&amp;L</source>
            <translation>G&amp;V</translation>
        </message>
        <message>
            <source>R</source>
            <translation>R</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Log trade</source>
            <translation>Trade erfassen</translation>
        </message>
        <message>
            <source>Create a portfolio first (cryptolens-cli portfolio create).</source>
            <translation>Zuerst ein Portfolio anlegen (cryptolens-cli portfolio create).</translation>
        </message>
        <message>
            <source>Edit trade</source>
            <translation>Trade bearbeiten</translation>
        </message>
        <message>
            <source>no portfolio selected</source>
            <translation>kein Portfolio ausgewählt</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message numerus="yes">
            <source>Written with %n warning(s):
</source>
            <translation>
                <numerusform>Mit %n Warnung geschrieben:
</numerusform>
                <numerusform>Mit %n Warnungen geschrieben:
</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cl::ui::PositionsDock</name>
        <message>
            <source>Positions</source>
            <translation>Positionen</translation>
        </message>
        <message>
            <source>Close at market</source>
            <translation>Zum Marktpreis schließen</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Chart</translation>
        </message>
        <message>
            <source>select a position</source>
            <translation>eine Position auswählen</translation>
        </message>
        <message numerus="yes">
            <source>%n open position(s), unrealized %1</source>
            <translation>
                <numerusform>%n offene Position, unrealisiert %1</numerusform>
                <numerusform>%n offene Positionen, unrealisiert %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cl::ui::PositionsModel</name>
        <message>
            <source>%1 (paper)</source>
            <translation>%1 (Papier)</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Allgemein</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <source>Per timeframe</source>
            <translation>Je Zeitrahmen</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Systemsprache</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>System size</source>
            <translation>Systemgröße</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <source>UTC</source>
            <translation>UTC</translation>
        </message>
        <message>
            <source>Local time</source>
            <translation>Ortszeit</translation>
        </message>
        <message>
            <source>Keep running in the system tray when the window is closed</source>
            <translation>Beim Schließen des Fensters im Infobereich weiterlaufen</translation>
        </message>
        <message>
            <source>Record raw trades of newly watched symbols</source>
            <translation>Rohe Trades neu beobachteter Symbole aufzeichnen</translation>
        </message>
        <message>
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source>Language (after restart):</source>
            <translation>Sprache (nach Neustart):</translation>
        </message>
        <message>
            <source>Theme:</source>
            <translation>Farbschema:</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>Schriftgröße:</translation>
        </message>
        <message>
            <source>Chart time axis:</source>
            <translation>Zeitachse des Charts:</translation>
        </message>
        <message>
            <source>Metrics year:</source>
            <translation>Jahr für Kennzahlen:</translation>
        </message>
        <message>
            <source>Minimum zone size (%):</source>
            <translation>Minimale Zonengröße (%):</translation>
        </message>
        <message>
            <source>Order block: body average period:</source>
            <translation>Order Block: Periode des Körperdurchschnitts:</translation>
        </message>
        <message>
            <source>Order block: body strength (× average):</source>
            <translation>Order Block: Körperstärke (× Durchschnitt):</translation>
        </message>
        <message>
            <source>Order block: candles scanned back:</source>
            <translation>Order Block: rückwärts geprüfte Kerzen:</translation>
        </message>
        <message>
            <source>Sweep: first candle index:</source>
            <translation>Sweep: Index der ersten Kerze:</translation>
        </message>
        <message>
            <source>Sweep: swing radius:</source>
            <translation>Sweep: Swing-Radius:</translation>
        </message>
        <message>
            <source>Sweep: lookback (candles):</source>
            <translation>Sweep: Rückblick (Kerzen):</translation>
        </message>
        <message>
            <source>Sweep: invalidated beyond (zone sizes):</source>
            <translation>Sweep: ungültig jenseits von (Zonengrößen):</translation>
        </message>
        <message>
            <source>Sweep: filled beyond (zone sizes):</source>
            <translation>Sweep: gefüllt jenseits von (Zonengrößen):</translation>
        </message>
        <message>
            <source>ATR period:</source>
            <translation>ATR-Periode:</translation>
        </message>
        <message>
            <source>Levels: window (candles):</source>
            <translation>Niveaus: Fenster (Kerzen):</translation>
        </message>
        <message>
            <source>Levels: swing radius:</source>
            <translation>Niveaus: Swing-Radius:</translation>
        </message>
        <message>
            <source>Signals: minimum confluence:</source>
            <translation>Signale: minimale Konfluenz:</translation>
        </message>
        <message>
            <source>Signals: cooldown (hours):</source>
            <translation>Signale: Abkühlzeit (Stunden):</translation>
        </message>
        <message>
            <source>Signals: stop buffer (× ATR):</source>
            <translation>Signale: Stop-Puffer (× ATR):</translation>
        </message>
        <message>
            <source>Signals: minimum stop buffer (%):</source>
            <translation>Signale: minimaler Stop-Puffer (%):</translation>
        </message>
        <message>
            <source>Signals: minimum risk (% of entry):</source>
            <translation>Signale: minimales Risiko (% des Einstiegs):</translation>
        </message>
        <message>
            <source>Signals: reward for TP3 (× risk):</source>
            <translation>Signale: Gewinn für TP3 (× Risiko):</translation>
        </message>
        <message>
            <source>Signals: target that closes a trade (1–3):</source>
            <translation>Signale: Ziel, das einen Trade schließt (1–3):</translation>
        </message>
        <message>
            <source>A signal needs a higher-timeframe pattern</source>
            <translation>Ein Signal braucht ein Muster auf einem höheren Zeitrahmen</translation>
        </message>
        <message>
            <source>Matrix timeframes:</source>
            <translation>Zeitrahmen der Matrix:</translation>
        </message>
        <message>
            <source>Higher timeframes:</source>
            <translation>Höhere Zeitrahmen:</translation>
        </message>
        <message>
            <source>Zone overlap threshold</source>
            <translation>Schwelle der Zonenüberlappung</translation>
        </message>
        <message>
            <source>Pattern expiry (hours)</source>
            <translation>Ablauf der Muster (Stunden)</translation>
        </message>
        <message>
            <source>choose at least one matrix timeframe</source>
            <translation>mindestens einen Zeitrahmen für die Matrix wählen</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Chart</translation>
        </message>
        <message>
            <source>Restore the analysis defaults of the specification and the chart's indicator periods</source>
            <translation>Analyse-Standardwerte der Spezifikation und die Indikatorperioden der Charts wiederherstellen</translation>
        </message>
        <message>
            <source>Indicator periods of new charts and of charts without periods of their own:</source>
            <translation>Indikatorperioden neuer Charts und von Charts ohne eigene Perioden:</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::ShortcutEditor</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>These shortcuts are used twice; change one of each before saving:
%1</source>
            <translation>Diese Tastenkürzel sind doppelt belegt; vor dem Speichern jeweils eines ändern:
%1</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::SignalDetailsPane</name>
        <message>
            <source>Select a signal to see its details.</source>
            <translation>Ein Signal auswählen, um die Details zu sehen.</translation>
        </message>
        <message>
            <source>Long</source>
            <translation>Long</translation>
        </message>
        <message>
            <source>Short</source>
            <translation>Short</translation>
        </message>
        <message>
            <source>Fair value gap</source>
            <translation>Fair Value Gap</translation>
        </message>
        <message>
            <source>Order block</source>
            <translation>Order Block</translation>
        </message>
        <message>
            <source>Liquidity sweep</source>
            <translation>Liquiditäts-Sweep</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>%1 UTC</source>
            <translation>%1 UTC</translation>
        </message>
        <message>
            <source>Confluence</source>
            <translation>Konfluenz</translation>
        </message>
        <message>
            <source>Aligned timeframes</source>
            <translation>Übereinstimmende Zeitrahmen</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Einstieg</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>TP1</source>
            <translation>TP1</translation>
        </message>
        <message>
            <source>%1 (R:R %2)</source>
            <translation>%1 (CRV %2)</translation>
        </message>
        <message>
            <source>TP2</source>
            <translation>TP2</translation>
        </message>
        <message>
            <source>TP3</source>
            <translation>TP3</translation>
        </message>
        <message>
            <source>Source pattern</source>
            <translation>Ausgangsmuster</translation>
        </message>
        <message>
            <source>%1 on %2, detected %3 UTC</source>
            <translation>%1 auf %2, erkannt %3 UTC</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::SignalListModel</name>
        <message>
            <source>Pending</source>
            <translation>Ausstehend</translation>
        </message>
        <message>
            <source>Notified</source>
            <translation>Gemeldet</translation>
        </message>
        <message>
            <source>Filled</source>
            <translation>Ausgeführt</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Ausgestoppt</translation>
        </message>
        <message>
            <source>Target hit</source>
            <translation>Ziel erreicht</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Abgelaufen</translation>
        </message>
        <message>
            <source>Long</source>
            <translation>Long</translation>
        </message>
        <message>
            <source>Short</source>
            <translation>Short</translation>
        </message>
        <message>
            <source>Created (UTC)</source>
            <translation>Erstellt (UTC)</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Börse</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>Symbol</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Richtung</translation>
        </message>
        <message>
            <source>Confluence</source>
            <translation>Konfluenz</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Einstieg</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>TP1</source>
            <translation>TP1</translation>
        </message>
        <message>
            <source>TP2</source>
            <translation>TP2</translation>
        </message>
        <message>
            <source>TP3</source>
            <translation>TP3</translation>
        </message>
        <message>
            <source>R:R</source>
            <translation>CRV</translation>
        </message>
        <message>
            <source>Timeframes</source>
            <translation>Zeitrahmen</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::SignalListView</name>
        <message>
            <source>&amp;Log trade...</source>
            <translation>Trade &amp;erfassen...</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>Symbol</translation>
        </message>
        <message>
            <source>Any direction</source>
            <translation>Jede Richtung</translation>
        </message>
        <message>
            <source>Long</source>
            <translation>Long</translation>
        </message>
        <message>
            <source>Short</source>
            <translation>Short</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Jeder Status</translation>
        </message>
        <message>
            <source>Confluence ≥ </source>
            <translation>Konfluenz ≥ </translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::TagManagerDialog</name>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Add tag…</source>
            <translation>Tag hinzufügen…</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Farbe…</translation>
        </message>
        <message>
            <source>a tag needs a name</source>
            <translation>ein Tag braucht einen Namen</translation>
        </message>
        <message>
            <source>'%1' is not a colour</source>
            <translation>„%1“ ist keine Farbe</translation>
        </message>
        <message>
            <source>New tag</source>
            <translation>Neuer Tag</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Tag colour</source>
            <translation>Tag-Farbe</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::ToastStack</name>
        <message>
            <source>Click to open the chart</source>
            <translation>Klicken, um den Chart zu öffnen</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::TradeDialog</name>
        <message>
            <source>New trade</source>
            <translation>Neuer Trade</translation>
        </message>
        <message>
            <source>Long</source>
            <translation>Long</translation>
        </message>
        <message>
            <source>Short</source>
            <translation>Short</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>comma separated</source>
            <translation>durch Kommas getrennt</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>Symbol</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Richtung</translation>
        </message>
        <message>
            <source>Entry price</source>
            <translation>Einstiegspreis</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Entry fee</source>
            <translation>Einstiegsgebühr</translation>
        </message>
        <message>
            <source>Entry time</source>
            <translation>Einstiegszeit</translation>
        </message>
        <message>
            <source>Stop loss</source>
            <translation>Stop-Loss</translation>
        </message>
        <message>
            <source>Take profit</source>
            <translation>Take-Profit</translation>
        </message>
        <message>
            <source>Timeframe</source>
            <translation>Zeitrahmen</translation>
        </message>
        <message>
            <source>Pattern</source>
            <translation>Muster</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>Log trade</source>
            <translation>Trade erfassen</translation>
        </message>
        <message>
            <source>TP%1 %2</source>
            <translation>TP%1 %2</translation>
        </message>
        <message>
            <source>Edit trade %1</source>
            <translation>Trade %1 bearbeiten</translation>
        </message>
        <message>
            <source>%1 at risk</source>
            <translation>%1 im Risiko</translation>
        </message>
        <message>
            <source> (%1 of the account)</source>
            <translation> (%1 des Kontos)</translation>
        </message>
        <message>
            <source>Symbol: %1</source>
            <translation>Symbol: %1</translation>
        </message>
        <message>
            <source>Stop loss: a %1 trade's stop must be %2 the entry</source>
            <translation>Stop-Loss: der Stop eines %1-Trades muss %2 dem Einstieg liegen</translation>
        </message>
        <message>
            <source>below</source>
            <translation>unter</translation>
        </message>
        <message>
            <source>above</source>
            <translation>über</translation>
        </message>
        <message>
            <source>Take profit: a %1 trade's target must be %2 the entry</source>
            <translation>Take-Profit: das Ziel eines %1-Trades muss %2 dem Einstieg liegen</translation>
        </message>
        <message>
            <source>Quantity: more than 0 for a trade with an entry price</source>
            <translation>Menge: mehr als 0 für einen Trade mit Einstiegspreis</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Börse</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::TrayNotifier</name>
        <message>
            <source>CryptoLens alert</source>
            <translation>CryptoLens-Alarm</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::WatchlistDock</name>
        <message>
            <source>Watchlist</source>
            <translation>Beobachtungsliste</translation>
        </message>
        <message>
            <source>Symbol, e.g. BTC/USDT</source>
            <translation>Symbol, z. B. BTC/USDT</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Add the symbol to the watchlist</source>
            <translation>Symbol zur Beobachtungsliste hinzufügen</translation>
        </message>
        <message>
            <source>Remove the selected symbol</source>
            <translation>Ausgewähltes Symbol entfernen</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>Symbol</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Börse</translation>
        </message>
        <message>
            <source>"%1" is not a valid symbol: %2</source>
            <translation>„%1“ ist kein gültiges Symbol: %2</translation>
        </message>
        <message>
            <source>%1 does not list %2</source>
            <translation>%1 führt %2 nicht</translation>
        </message>
        <message>
            <source>%1 is already on the watchlist</source>
            <translation>%1 steht bereits auf der Beobachtungsliste</translation>
        </message>
        <message>
            <source>Ungrouped</source>
            <translation>Ohne Gruppe</translation>
        </message>
        <message>
            <source>The watchlist could not be saved: %1</source>
            <translation>Die Beobachtungsliste konnte nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>The watchlist could not be loaded: %1</source>
            <translation>Die Beobachtungsliste konnte nicht geladen werden: %1</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>CryptoLens: a native crypto trading workstation.</source>
            <translation>CryptoLens: eine native Krypto-Trading-Workstation.</translation>
        </message>
        <message>
            <source>Keep the database, settings and log in DIR instead of the default data folder.</source>
            <translation>Datenbank, Einstellungen und Protokoll in DIR statt im Standard-Datenordner ablegen.</translation>
        </message>
        <message>
            <source>Run offline against the built-in simulated exchange (in a temporary data folder unless --data-dir is given).</source>
            <translation>Offline gegen die eingebaute simulierte Börse laufen (in einem temporären Datenordner, sofern --data-dir nicht angegeben ist).</translation>
        </message>
        <message>
            <source>Render the main window to the PNG FILE and exit (with --demo, after the demo has run a few seconds).</source>
            <translation>Hauptfenster als PNG-Datei FILE speichern und beenden (mit --demo, nachdem die Demo einige Sekunden gelaufen ist).</translation>
        </message>
        <message>
            <source>Seconds to wait before --screenshot (default 3, 12 with --demo).</source>
            <translation>Sekunden Wartezeit vor --screenshot (Standard 3, mit --demo 12).</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::JournalTradeMarkers</name>
        <message>
            <source>Long</source>
            <translation>Long</translation>
        </message>
        <message>
            <source>Short</source>
            <translation>Short</translation>
        </message>
        <message>
            <source>Exit</source>
            <translation>Ausstieg</translation>
        </message>
    </context>
</TS>
