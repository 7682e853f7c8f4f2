<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>QObject</name>
        <message>
            <source>Equity (%1)</source>
            <translation>Capital (%1)</translation>
        </message>
        <message>
            <source>Equity</source>
            <translation>Capital</translation>
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
            <translation>Distribución de múltiplos de R</translation>
        </message>
        <message>
            <source>Losing</source>
            <translation>Perdedoras</translation>
        </message>
        <message>
            <source>Winning</source>
            <translation>Ganadoras</translation>
        </message>
        <message>
            <source>Monte Carlo: %1 paths, seed %2 (%3)</source>
            <translation>Monte Carlo: %1 trayectorias, semilla %2 (%3)</translation>
        </message>
        <message>
            <source>trade</source>
            <translation>operación</translation>
        </message>
        <message>
            <source>median</source>
            <translation>mediana</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Export table as CSV</source>
            <translation>Exportar tabla como CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>La exportación falló</translation>
        </message>
    </context>
    <context>
        <name>cl::app::DemoExchange</name>
        <message>
            <source>The demo exchange could not start: %1</source>
            <translation>El exchange de demostración no pudo iniciarse: %1</translation>
        </message>
    </context>
    <context>
        <name>cl::app::Workstation</name>
        <message>
            <source>Database</source>
            <translation>Base de datos</translation>
        </message>
        <message>
            <source>Queue depth</source>
            <translation>Profundidad de cola</translation>
        </message>
        <message>
            <source>jobs</source>
            <translation>trabajos</translation>
        </message>
        <message>
            <source>Write rate</source>
            <translation>Tasa de escritura</translation>
        </message>
        <message>
            <source>rows/s</source>
            <translation>filas/s</translation>
        </message>
        <message>
            <source>Last commit</source>
            <translation>Última confirmación</translation>
        </message>
        <message>
            <source>ms</source>
            <translation>ms</translation>
        </message>
        <message>
            <source>Failed jobs</source>
            <translation>Trabajos fallidos</translation>
        </message>
        <message>
            <source>Candles</source>
            <translation>Velas</translation>
        </message>
        <message>
            <source>batches</source>
            <translation>lotes</translation>
        </message>
        <message>
            <source>Latency (mean)</source>
            <translation>Latencia (media)</translation>
        </message>
        <message>
            <source>Latency (max)</source>
            <translation>Latencia (máx.)</translation>
        </message>
        <message>
            <source>Trades</source>
            <translation>Operaciones</translation>
        </message>
        <message>
            <source>/s</source>
            <translation>/s</translation>
        </message>
        <message>
            <source>Rejected trades</source>
            <translation>Operaciones rechazadas</translation>
        </message>
        <message>
            <source>Kline mismatches</source>
            <translation>Discrepancias de klines</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Análisis</translation>
        </message>
        <message>
            <source>Pattern updates</source>
            <translation>Actualizaciones de patrones</translation>
        </message>
        <message>
            <source>Signals created</source>
            <translation>Señales creadas</translation>
        </message>
        <message>
            <source>Feed %1</source>
            <translation>Feed %1</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Mensajes</translation>
        </message>
        <message>
            <source>Last message</source>
            <translation>Último mensaje</translation>
        </message>
        <message>
            <source>Reconnects</source>
            <translation>Reconexiones</translation>
        </message>
        <message>
            <source>Open a chart first: the backtest replays the current chart's symbol and timeframe.</source>
            <translation>Abre primero un gráfico: el backtest reproduce el símbolo y el marco temporal del gráfico actual.</translation>
        </message>
        <message>
            <source>entry</source>
            <translation>entrada</translation>
        </message>
    </context>
    <context>
        <name>cl::chart::AnnotationPainter</name>
        <message>
            <source>Entry</source>
            <translation>Entrada</translation>
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
            <translation>Alerta</translation>
        </message>
        <message>
            <source>bull</source>
            <translation>alcista</translation>
        </message>
        <message>
            <source>bear</source>
            <translation>bajista</translation>
        </message>
    </context>
    <context>
        <name>cl::chart::CandleChartWidget</name>
        <message>
            <source>Create alert at %1</source>
            <translation>Crear alerta en %1</translation>
        </message>
        <message>
            <source>Log scale</source>
            <translation>Escala log.</translation>
        </message>
        <message>
            <source>Auto scale</source>
            <translation>Escala automática</translation>
        </message>
        <message>
            <source>Reset view</source>
            <translation>Restablecer vista</translation>
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
            <translation>A %1  M %2  m %3  C %4  V %5  %6 %</translation>
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
            <translation>Símbolo (exchange:BASE/COTIZADA)</translation>
        </message>
        <message>
            <source>Timeframe (keys 1 to 9)</source>
            <translation>Marco temporal (teclas 1 a 9)</translation>
        </message>
        <message>
            <source>Vol</source>
            <translation>Vol</translation>
        </message>
        <message>
            <source>Volume pane</source>
            <translation>Panel de volumen</translation>
        </message>
        <message>
            <source>EMA</source>
            <translation>EMA</translation>
        </message>
        <message>
            <source>Exponential moving average</source>
            <translation>Media móvil exponencial</translation>
        </message>
        <message>
            <source>SMA</source>
            <translation>SMA</translation>
        </message>
        <message>
            <source>Simple moving average</source>
            <translation>Media móvil simple</translation>
        </message>
        <message>
            <source>BB</source>
            <translation>BB</translation>
        </message>
        <message>
            <source>Bollinger bands</source>
            <translation>Bandas de Bollinger</translation>
        </message>
        <message>
            <source>RSI</source>
            <translation>RSI</translation>
        </message>
        <message>
            <source>Relative strength index pane</source>
            <translation>Panel del índice de fuerza relativa</translation>
        </message>
        <message>
            <source>MACD</source>
            <translation>MACD</translation>
        </message>
        <message>
            <source>MACD pane</source>
            <translation>Panel MACD</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Log</translation>
        </message>
        <message>
            <source>Logarithmic price scale</source>
            <translation>Escala de precios logarítmica</translation>
        </message>
        <message>
            <source>Local time</source>
            <translation>Hora local</translation>
        </message>
        <message>
            <source>Show times in local time instead of UTC</source>
            <translation>Mostrar las horas en hora local en lugar de UTC</translation>
        </message>
        <message>
            <source>Snapshot</source>
            <translation>Instantánea</translation>
        </message>
        <message>
            <source>Save the chart as a PNG image</source>
            <translation>Guardar el gráfico como imagen PNG</translation>
        </message>
        <message>
            <source>Indicator settings...</source>
            <translation>Ajustes de indicadores...</translation>
        </message>
        <message>
            <source>Periods of this chart's indicators</source>
            <translation>Periodos de los indicadores de este gráfico</translation>
        </message>
    </context>
    <context>
        <name>cl::chart::IndicatorParameters</name>
        <message>
            <source>%1 period %2 is outside %3 to %4</source>
            <translation>El periodo %2 de %1 está fuera del rango de %3 a %4</translation>
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
            <translation>MACD rápida</translation>
        </message>
        <message>
            <source>MACD slow</source>
            <translation>MACD lenta</translation>
        </message>
        <message>
            <source>MACD signal</source>
            <translation>Señal MACD</translation>
        </message>
        <message>
            <source>Bollinger width %1 must be above 0 and at most %2</source>
            <translation>La anchura de Bollinger %1 debe ser mayor que 0 y como máximo %2</translation>
        </message>
        <message>
            <source>MACD fast period %1 must be shorter than the slow period %2</source>
            <translation>El periodo rápido de MACD %1 debe ser más corto que el periodo lento %2</translation>
        </message>
    </context>
    <context>
        <name>cl::chart::IndicatorParametersForm</name>
        <message>
            <source>EMA period:</source>
            <translation>Periodo EMA:</translation>
        </message>
        <message>
            <source>SMA period:</source>
            <translation>Periodo SMA:</translation>
        </message>
        <message>
            <source>Bollinger period:</source>
            <translation>Periodo de Bollinger:</translation>
        </message>
        <message>
            <source>Band distance from the middle line in standard deviations</source>
            <translation>Distancia de las bandas a la línea central en desviaciones estándar</translation>
        </message>
        <message>
            <source>Bollinger width (× standard deviation):</source>
            <translation>Anchura de Bollinger (× desviación estándar):</translation>
        </message>
        <message>
            <source>RSI period:</source>
            <translation>Periodo RSI:</translation>
        </message>
        <message>
            <source>MACD fast period:</source>
            <translation>Periodo rápido de MACD:</translation>
        </message>
        <message>
            <source>MACD slow period:</source>
            <translation>Periodo lento de MACD:</translation>
        </message>
        <message>
            <source>MACD signal period:</source>
            <translation>Periodo de señal de MACD:</translation>
        </message>
    </context>
    <context>
        <name>cl::chart::IndicatorSettingsDialog</name>
        <message>
            <source>Indicator settings</source>
            <translation>Ajustes de indicadores</translation>
        </message>
        <message>
            <source>The defaults for new charts from the settings</source>
            <translation>Los valores predeterminados para gráficos nuevos de la configuración</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::AlertEditorDialog</name>
        <message>
            <source>Alert</source>
            <translation>Alerta</translation>
        </message>
        <message>
            <source>(from the condition)</source>
            <translation>(de la condición)</translation>
        </message>
        <message>
            <source>Price crosses above</source>
            <translation>El precio cruza al alza</translation>
        </message>
        <message>
            <source>Price crosses below</source>
            <translation>El precio cruza a la baja</translation>
        </message>
        <message>
            <source>% change over a window</source>
            <translation>% de cambio en una ventana</translation>
        </message>
        <message>
            <source>Volume spike</source>
            <translation>Pico de volumen</translation>
        </message>
        <message>
            <source>RSI above</source>
            <translation>RSI por encima de</translation>
        </message>
        <message>
            <source>RSI below</source>
            <translation>RSI por debajo de</translation>
        </message>
        <message>
            <source>New pattern</source>
            <translation>Nuevo patrón</translation>
        </message>
        <message>
            <source>Pattern zone touched / filled</source>
            <translation>Zona del patrón tocada / rellenada</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>Señal</translation>
        </message>
        <message>
            <source>Feed disconnected</source>
            <translation>Feed desconectado</translation>
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
            <translation>proporción respecto a la SMA del volumen</translation>
        </message>
        <message>
            <source>z-score</source>
            <translation>puntuación z</translation>
        </message>
        <message>
            <source>default</source>
            <translation>predeterminado</translation>
        </message>
        <message>
            <source>any</source>
            <translation>cualquiera</translation>
        </message>
        <message>
            <source>bullish</source>
            <translation>alcista</translation>
        </message>
        <message>
            <source>bearish</source>
            <translation>bajista</translation>
        </message>
        <message>
            <source>touched</source>
            <translation>tocado</translation>
        </message>
        <message>
            <source>filled</source>
            <translation>rellenado</translation>
        </message>
        <message>
            <source>Re-arm after firing</source>
            <translation>Rearmar tras dispararse</translation>
        </message>
        <message>
            <source>Only between (UTC)</source>
            <translation>Solo entre (UTC)</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Caduca</translation>
        </message>
        <message>
            <source>silent</source>
            <translation>silencioso</translation>
        </message>
        <message>
            <source>beep</source>
            <translation>pitido</translation>
        </message>
        <message>
            <source>push channels, e.g. ntfy</source>
            <translation>canales push, p. ej. ntfy</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <source>Condition:</source>
            <translation>Condición:</translation>
        </message>
        <message>
            <source>Exchange:</source>
            <translation>Exchange:</translation>
        </message>
        <message>
            <source>Symbols:</source>
            <translation>Símbolos:</translation>
        </message>
        <message>
            <source>Watchlist:</source>
            <translation>Lista de seguimiento:</translation>
        </message>
        <message>
            <source>Timeframe:</source>
            <translation>Marco temporal:</translation>
        </message>
        <message>
            <source>Level:</source>
            <translation>Nivel:</translation>
        </message>
        <message>
            <source>Change:</source>
            <translation>Cambio:</translation>
        </message>
        <message>
            <source>Window:</source>
            <translation>Ventana:</translation>
        </message>
        <message>
            <source>Measure:</source>
            <translation>Medida:</translation>
        </message>
        <message>
            <source>Threshold:</source>
            <translation>Umbral:</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Periodo:</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>Patrón:</translation>
        </message>
        <message>
            <source>Direction:</source>
            <translation>Dirección:</translation>
        </message>
        <message>
            <source>Zone:</source>
            <translation>Zona:</translation>
        </message>
        <message>
            <source>Minimum score:</source>
            <translation>Puntuación mínima:</translation>
        </message>
        <message>
            <source>Down for more than:</source>
            <translation>Baja de más de:</translation>
        </message>
        <message>
            <source>Cooldown:</source>
            <translation>Enfriamiento:</translation>
        </message>
        <message>
            <source>Active hours:</source>
            <translation>Horas activas:</translation>
        </message>
        <message>
            <source>Expiry:</source>
            <translation>Caducidad:</translation>
        </message>
        <message>
            <source>Sound:</source>
            <translation>Sonido:</translation>
        </message>
        <message>
            <source>Push:</source>
            <translation>Push:</translation>
        </message>
        <message>
            <source>Symbol '%1': %2</source>
            <translation>Símbolo «%1»: %2</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::AlertHistoryDock</name>
        <message>
            <source>Alert history</source>
            <translation>Historial de alertas</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>Confirmar</translation>
        </message>
        <message>
            <source>Acknowledge all</source>
            <translation>Confirmar todas</translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <translation>Hora (UTC)</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regla</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>Símbolo</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::AlertListDock</name>
        <message>
            <source>Alerts</source>
            <translation>Alertas</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Nuevo…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Condición</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <source>once</source>
            <translation>una vez</translation>
        </message>
        <message>
            <source>until %1</source>
            <translation>hasta %1</translation>
        </message>
        <message>
            <source>sound</source>
            <translation>sonido</translation>
        </message>
        <message>
            <source>Price above</source>
            <translation>Precio por encima</translation>
        </message>
        <message>
            <source>Price below</source>
            <translation>Precio por debajo</translation>
        </message>
        <message>
            <source>% change</source>
            <translation>% de cambio</translation>
        </message>
        <message>
            <source>Volume spike</source>
            <translation>Pico de volumen</translation>
        </message>
        <message>
            <source>RSI above</source>
            <translation>RSI por encima</translation>
        </message>
        <message>
            <source>RSI below</source>
            <translation>RSI por debajo</translation>
        </message>
        <message>
            <source>Pattern</source>
            <translation>Patrón</translation>
        </message>
        <message>
            <source>Pattern zone</source>
            <translation>Zona del patrón</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>Señal</translation>
        </message>
        <message>
            <source>Feed down</source>
            <translation>Feed caído</translation>
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
            <translation>%1 d</translation>
        </message>
        <message>
            <source>crosses above %1</source>
            <translation>cruza por encima de %1</translation>
        </message>
        <message>
            <source>crosses below %1</source>
            <translation>cruza por debajo de %1</translation>
        </message>
        <message>
            <source>moves %1 % within %2</source>
            <translation>se mueve un %1 % en %2</translation>
        </message>
        <message>
            <source>volume ≥ %1× its average</source>
            <translation>volumen ≥ %1× su media</translation>
        </message>
        <message>
            <source>volume z-score ≥ %1</source>
            <translation>puntuación z del volumen ≥ %1</translation>
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
            <translation>nuevo patrón</translation>
        </message>
        <message>
            <source>zone filled</source>
            <translation>zona rellenada</translation>
        </message>
        <message>
            <source>zone touched</source>
            <translation>zona tocada</translation>
        </message>
        <message>
            <source>signal with confluence ≥ %1</source>
            <translation>señal con confluencia ≥ %1</translation>
        </message>
        <message>
            <source>feed down for over %1</source>
            <translation>feed caído durante más de %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>watchlist %1</source>
            <translation>lista de seguimiento %1</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 en %2</translation>
        </message>
        <message>
            <source>re-arm, cooldown %1</source>
            <translation>rearmar, enfriamiento %1</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::AnalyticsView</name>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Breakdowns</source>
            <translation>Desgloses</translation>
        </message>
        <message>
            <source>Trades</source>
            <translation>Operaciones</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Mensual</translation>
        </message>
        <message>
            <source>Equity</source>
            <translation>Capital</translation>
        </message>
        <message>
            <source>R multiples</source>
            <translation>Múltiplos de R</translation>
        </message>
        <message>
            <source>random</source>
            <translation>aleatorio</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Ejecutar</translation>
        </message>
        <message>
            <source>Paths</source>
            <translation>Trayectorias</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Semilla</translation>
        </message>
        <message>
            <source>Monte Carlo</source>
            <translation>Monte Carlo</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Métrica</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Convention</source>
            <translation>Convención</translation>
        </message>
        <message>
            <source>Trade</source>
            <translation>Operación</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>Símbolo</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Lado</translation>
        </message>
        <message>
            <source>Entry (UTC)</source>
            <translation>Entrada (UTC)</translation>
        </message>
        <message>
            <source>Exit (UTC)</source>
            <translation>Salida (UTC)</translation>
        </message>
        <message>
            <source>P&amp;L</source>
            <translation>G&amp;P</translation>
        </message>
        <message>
            <source>P&amp;L %</source>
            <translation>G&amp;P %</translation>
        </message>
        <message>
            <source>R</source>
            <translation>R</translation>
        </message>
        <message>
            <source>Pattern</source>
            <translation>Patrón</translation>
        </message>
        <message>
            <source>Timeframe</source>
            <translation>Marco temporal</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Mood</source>
            <translation>Estado de ánimo</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>Year P&amp;L</source>
            <translation>G&amp;P del año</translation>
        </message>
        <message>
            <source>Year return</source>
            <translation>Rentabilidad anual</translation>
        </message>
        <message>
            <source>return %1</source>
            <translation>rentabilidad %1</translation>
        </message>
        <message>
            <source>Not run yet</source>
            <translation>Aún no ejecutado</translation>
        </message>
        <message>
            <source>Percentile</source>
            <translation>Percentil</translation>
        </message>
        <message>
            <source>Terminal equity</source>
            <translation>Capital final</translation>
        </message>
        <message>
            <source>Max drawdown</source>
            <translation>Drawdown máximo</translation>
        </message>
        <message>
            <source>Seed %1 · %2 paths of %3 trades · P(loss) %4 · P(drawdown beyond 20 %) %5</source>
            <translation>Semilla %1 · %2 trayectorias de %3 operaciones · P(pérdida) %4 · P(drawdown superior al 20 %) %5</translation>
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
            <translation>Ejecutar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Choose the parameters and run.</source>
            <translation>Elige los parámetros y ejecuta.</translation>
        </message>
        <message>
            <source>Win rate in %, breakevens count as non-wins; drawdown on the per-trade equity curve; Sharpe from zero-filled daily returns, annualized with 365 days. Inconclusive trades (stop and target in one candle) count as 0 R.</source>
            <translation>Tasa de acierto en %, las operaciones sin ganancia ni pérdida no cuentan como ganadoras; drawdown sobre la curva de capital por operación; Sharpe a partir de rendimientos diarios rellenados con ceros, anualizado con 365 días. Las operaciones no concluyentes (stop y objetivo en una vela) cuentan como 0 R.</translation>
        </message>
        <message>
            <source>Equity (realized)</source>
            <translation>Capital (realizado)</translation>
        </message>
        <message>
            <source>Patterns</source>
            <translation>Patrones</translation>
        </message>
        <message>
            <source>Confluence signals</source>
            <translation>Señales de confluencia</translation>
        </message>
        <message>
            <source>Trade</source>
            <translation>Operación</translation>
        </message>
        <message>
            <source>Limit at the entry level</source>
            <translation>Límite en el nivel de entrada</translation>
        </message>
        <message>
            <source>Next candle's open</source>
            <translation>Apertura de la siguiente vela</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entrada</translation>
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
            <translation>Escalonado (un tercio en cada uno)</translation>
        </message>
        <message>
            <source>Exit</source>
            <translation>Salida</translation>
        </message>
        <message>
            <source>Stop first when one candle reaches stop and target</source>
            <translation>Primero el stop cuando una vela alcanza stop y objetivo</translation>
        </message>
        <message>
            <source>Off: such a trade is inconclusive and counts as 0 R.</source>
            <translation>Desactivado: esa operación no es concluyente y cuenta como 0 R.</translation>
        </message>
        <message>
            <source>pattern targets</source>
            <translation>objetivos del patrón</translation>
        </message>
        <message>
            <source>RR target</source>
            <translation>Objetivo R:B</translation>
        </message>
        <message>
            <source>Stop buffer ×</source>
            <translation>Margen del stop ×</translation>
        </message>
        <message>
            <source>Lifetime ×</source>
            <translation>Vida ×</translation>
        </message>
        <message>
            <source>Fee (bps)</source>
            <translation>Comisión (pb)</translation>
        </message>
        <message>
            <source>Slippage (bps)</source>
            <translation>Deslizamiento (pb)</translation>
        </message>
        <message>
            <source>Risk per trade (%)</source>
            <translation>Riesgo por operación (%)</translation>
        </message>
        <message>
            <source>Initial balance</source>
            <translation>Saldo inicial</translation>
        </message>
        <message>
            <source>Cannot run: %1</source>
            <translation>No se puede ejecutar: %1</translation>
        </message>
        <message>
            <source>Cannot run: no history to replay (choose a symbol and timeframe).</source>
            <translation>No se puede ejecutar: no hay historial que reproducir (elige un símbolo y un marco temporal).</translation>
        </message>
        <message>
            <source>Running…</source>
            <translation>Ejecutando…</translation>
        </message>
        <message>
            <source>no history to replay</source>
            <translation>no hay historial que reproducir</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Falló: %1</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <source>%1 trades · win rate %2 % · expectancy %3 R · profit factor %4 · net %5 · max drawdown %6 % · Sharpe %7</source>
            <translation>%1 operaciones · tasa de acierto %2 % · esperanza %3 R · factor de beneficio %4 · neto %5 · drawdown máx. %6 % · Sharpe %7</translation>
        </message>
        <message>
            <source>UTC</source>
            <translation>UTC</translation>
        </message>
        <message>
            <source>Run a backtest to see its equity curve.</source>
            <translation>Ejecute un backtest para ver su curva de capital.</translation>
        </message>
        <message>
            <source>The run closed no trades, so there is no equity curve to draw.</source>
            <translation>La ejecución no cerró operaciones, así que no hay curva de capital que dibujar.</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::BacktestTradeModel</name>
        <message>
            <source>long</source>
            <translation>largo</translation>
        </message>
        <message>
            <source>short</source>
            <translation>corto</translation>
        </message>
        <message>
            <source>Pattern</source>
            <translation>Patrón</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Lado</translation>
        </message>
        <message>
            <source>Detected (UTC)</source>
            <translation>Detectado (UTC)</translation>
        </message>
        <message>
            <source>Entry (UTC)</source>
            <translation>Entrada (UTC)</translation>
        </message>
        <message>
            <source>Entry price</source>
            <translation>Precio de entrada</translation>
        </message>
        <message>
            <source>Exit (UTC)</source>
            <translation>Salida (UTC)</translation>
        </message>
        <message>
            <source>Exit price</source>
            <translation>Precio de salida</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>R</source>
            <translation>R</translation>
        </message>
        <message>
            <source>P&amp;L</source>
            <translation>G&amp;P</translation>
        </message>
        <message>
            <source>win</source>
            <translation>ganadora</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>perdedora</translation>
        </message>
        <message>
            <source>inconclusive</source>
            <translation>no concluyente</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>expirada</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::CandleBrowser</name>
        <message>
            <source>Symbols with stored candles</source>
            <translation>Símbolos con velas guardadas</translation>
        </message>
        <message>
            <source>Symbol:</source>
            <translation>Símbolo:</translation>
        </message>
        <message>
            <source>Timeframe:</source>
            <translation>Marco temporal:</translation>
        </message>
        <message>
            <source>newest %1 of %2 candles</source>
            <translation>las %1 velas más recientes de %2</translation>
        </message>
        <message>
            <source>Opening the database...</source>
            <translation>Abriendo la base de datos...</translation>
        </message>
        <message>
            <source>No candles stored yet. Import some with: cryptolens-cli candles import</source>
            <translation>Aún no hay velas guardadas. Importa algunas con: cryptolens-cli candles import</translation>
        </message>
        <message>
            <source>Loading...</source>
            <translation>Cargando...</translation>
        </message>
        <message>
            <source>Cannot read candles: %1</source>
            <translation>No se pueden leer las velas: %1</translation>
        </message>
        <message>
            <source>%1 candles</source>
            <translation>%1 velas</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::CandleTableModel</name>
        <message>
            <source>Open time</source>
            <translation>Hora de apertura</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Apertura</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Máximo</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Mínimo</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cierre</translation>
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
            <translation>Gráfico</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::DiagnosticsDock</name>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnóstico</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origen</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Métrica</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::FeedStatusWidget</name>
        <message>
            <source>stopped</source>
            <translation>detenido</translation>
        </message>
        <message>
            <source>connecting</source>
            <translation>conectando</translation>
        </message>
        <message>
            <source>subscribing</source>
            <translation>suscribiendo</translation>
        </message>
        <message>
            <source>live</source>
            <translation>en vivo</translation>
        </message>
        <message>
            <source>closing</source>
            <translation>cerrando</translation>
        </message>
        <message>
            <source>reconnecting</source>
            <translation>reconectando</translation>
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
            <translation>%1 %2 · %3 msj/s · %4</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n symbol(s), %2 reconnect(s)%3</source>
            <translation>
                <numerusform>%1: %n símbolo, %2 reconexión(es)%3</numerusform>
                <numerusform>%1: %n símbolos, %2 reconexión(es)%3</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cl::ui::JournalEditorDock</name>
        <message>
            <source>Journal</source>
            <translation>Diario</translation>
        </message>
        <message>
            <source>No trade selected</source>
            <translation>Ninguna operación seleccionada</translation>
        </message>
        <message>
            <source>Mood:</source>
            <translation>Estado de ánimo:</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Tags…</source>
            <translation>Etiquetas…</translation>
        </message>
        <message>
            <source>Markdown: **bold**, - lists, ![](screenshots/file.png)</source>
            <translation>Markdown: **negrita**, - listas, ![](screenshots/archivo.png)</translation>
        </message>
        <message>
            <source>Pre-trade checklist</source>
            <translation>Lista de comprobación previa</translation>
        </message>
        <message>
            <source>Edit checklist…</source>
            <translation>Editar lista de comprobación…</translation>
        </message>
        <message>
            <source>Add screenshot…</source>
            <translation>Añadir captura…</translation>
        </message>
        <message>
            <source>Chart snapshot</source>
            <translation>Instantánea del gráfico</translation>
        </message>
        <message>
            <source>%1 · %2 %3</source>
            <translation>%1 · %2 %3</translation>
        </message>
        <message>
            <source>&lt;i&gt;no tags&lt;/i&gt;</source>
            <translation>&lt;i&gt;sin etiquetas&lt;/i&gt;</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>Editando…</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>No guardado: %1</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Guardado %1</translation>
        </message>
        <message>
            <source>%1 is not an image</source>
            <translation>%1 no es una imagen</translation>
        </message>
        <message>
            <source>cannot create the screenshots folder in %1</source>
            <translation>no se puede crear la carpeta de capturas en %1</translation>
        </message>
        <message>
            <source>cannot copy %1 into %2</source>
            <translation>no se puede copiar %1 en %2</translation>
        </message>
        <message>
            <source>select a trade first</source>
            <translation>selecciona primero una operación</translation>
        </message>
        <message>
            <source>Snapshot not attached: %1</source>
            <translation>Instantánea no adjuntada: %1</translation>
        </message>
        <message>
            <source>Add screenshot</source>
            <translation>Añadir captura</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
        </message>
        <message>
            <source>Screenshot</source>
            <translation>Captura</translation>
        </message>
        <message>
            <source>One item per line:</source>
            <translation>Un elemento por línea:</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::LogDock</name>
        <message>
            <source>Log</source>
            <translation>Registro</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::MainWindow</name>
        <message>
            <source>Stored candles</source>
            <translation>Velas guardadas</translation>
        </message>
        <message>
            <source>Pattern matrix</source>
            <translation>Matriz de patrones</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Señales</translation>
        </message>
        <message>
            <source>CryptoLens</source>
            <translation>CryptoLens</translation>
        </message>
        <message>
            <source>Opening database...</source>
            <translation>Abriendo la base de datos...</translation>
        </message>
        <message>
            <source>Database unavailable</source>
            <translation>Base de datos no disponible</translation>
        </message>
        <message>
            <source>Database ready</source>
            <translation>Base de datos lista</translation>
        </message>
        <message>
            <source>Database damaged</source>
            <translation>Base de datos dañada</translation>
        </message>
        <message>
            <source>%1

CryptoLens can move the damaged file aside (it is kept, not deleted) and start with a fresh database. Do that now?</source>
            <translation>%1

CryptoLens puede apartar el archivo dañado (se conserva, no se borra) y empezar con una base de datos nueva. ¿Hacerlo ahora?</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;About CryptoLens</source>
            <translation>&amp;Acerca de CryptoLens</translation>
        </message>
        <message>
            <source>About CryptoLens</source>
            <translation>Acerca de CryptoLens</translation>
        </message>
        <message>
            <source>&lt;b&gt;CryptoLens %1&lt;/b&gt;&lt;p&gt;A native trading workstation for crypto traders: live market data, pattern detection, signals, alerts and a trade journal, all on your own machine.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL v3 or later.&lt;/p&gt;</source>
            <translation>&lt;b&gt;CryptoLens %1&lt;/b&gt;&lt;p&gt;Una estación de trading nativa para traders de cripto: datos de mercado en vivo, detección de patrones, señales, alertas y un diario de operaciones, todo en tu propio equipo.&lt;/p&gt;&lt;p&gt;Base de datos: %2&lt;/p&gt;&lt;p&gt;Con licencia GNU GPL v3 o posterior.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Acerca de &amp;Qt</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;New chart</source>
            <translation>&amp;Nuevo gráfico</translation>
        </message>
        <message>
            <source>&amp;Close chart</source>
            <translation>&amp;Cerrar gráfico</translation>
        </message>
        <message>
            <source>Chart &amp;snapshot</source>
            <translation>&amp;Instantánea del gráfico</translation>
        </message>
        <message>
            <source>The snapshot could not be written</source>
            <translation>No se pudo escribir la instantánea</translation>
        </message>
        <message>
            <source>Snapshot saved to %1</source>
            <translation>Instantánea guardada en %1</translation>
        </message>
        <message>
            <source>Save window &amp;image...</source>
            <translation>Guardar &amp;imagen de la ventana...</translation>
        </message>
        <message>
            <source>Save window image</source>
            <translation>Guardar imagen de la ventana</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <source>Could not write %1</source>
            <translation>No se pudo escribir %1</translation>
        </message>
        <message>
            <source>Open &amp;data folder</source>
            <translation>Abrir carpeta de &amp;datos</translation>
        </message>
        <message>
            <source>&amp;Reload symbols</source>
            <translation>&amp;Recargar símbolos</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation>&amp;Paneles</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Tema</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Oscuro</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Claro</translation>
        </message>
        <message>
            <source>&amp;Layouts</source>
            <translation>&amp;Diseños</translation>
        </message>
        <message>
            <source>&amp;Reset layout</source>
            <translation>&amp;Restablecer diseño</translation>
        </message>
        <message>
            <source>&amp;Full screen</source>
            <translation>&amp;Pantalla completa</translation>
        </message>
        <message>
            <source>&amp;Save layout as...</source>
            <translation>&amp;Guardar diseño como...</translation>
        </message>
        <message>
            <source>Save layout</source>
            <translation>Guardar diseño</translation>
        </message>
        <message>
            <source>Name of the layout:</source>
            <translation>Nombre del diseño:</translation>
        </message>
        <message>
            <source>&amp;Delete layout...</source>
            <translation>&amp;Eliminar diseño...</translation>
        </message>
        <message>
            <source>Delete layout</source>
            <translation>Eliminar diseño</translation>
        </message>
        <message>
            <source>Layout:</source>
            <translation>Diseño:</translation>
        </message>
        <message>
            <source>The layout "%1" was saved by another version and cannot be restored</source>
            <translation>El diseño «%1» se guardó con otra versión y no se puede restaurar</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Herramientas</translation>
        </message>
        <message>
            <source>&amp;Settings...</source>
            <translation>&amp;Configuración...</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts...</source>
            <translation>&amp;Atajos de teclado...</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::MarkdownPreview</name>
        <message>
            <source>%1: only images inside the data folder are shown</source>
            <translation>%1: solo se muestran imágenes de la carpeta de datos</translation>
        </message>
        <message>
            <source>image not shown</source>
            <translation>imagen no mostrada</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::OptimizationTrialModel</name>
        <message>
            <source>Fewer trades than the minimum: not ranked.</source>
            <translation>Menos operaciones que el mínimo: sin clasificar.</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::OptimizationView</name>
        <message>
            <source>Heatmap of the best score: x</source>
            <translation>Mapa de calor de la mejor puntuación: x</translation>
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
            <translation>Orden simulada</translation>
        </message>
        <message>
            <source>Buy / long</source>
            <translation>Compra / largo</translation>
        </message>
        <message>
            <source>Sell / short</source>
            <translation>Venta / corto</translation>
        </message>
        <message>
            <source>Market</source>
            <translation>Mercado</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Límite</translation>
        </message>
        <message>
            <source>Stop (breakout)</source>
            <translation>Stop (ruptura)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>fee %1 % of the notional, slippage %2 bps on market and stop fills</source>
            <translation>comisión del %1 % del nominal, deslizamiento de %2 pb en ejecuciones a mercado y stop</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Exchange</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>Símbolo</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Lado</translation>
        </message>
        <message>
            <source>Order type</source>
            <translation>Tipo de orden</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>Price / trigger</source>
            <translation>Precio / disparador</translation>
        </message>
        <message>
            <source>Stop loss</source>
            <translation>Stop loss</translation>
        </message>
        <message>
            <source>Take profit</source>
            <translation>Take profit</translation>
        </message>
        <message>
            <source>Last price</source>
            <translation>Último precio</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Costes</translation>
        </message>
        <message>
            <source>Place order</source>
            <translation>Colocar orden</translation>
        </message>
        <message>
            <source>Symbol: %1</source>
            <translation>Símbolo: %1</translation>
        </message>
        <message>
            <source>Stop loss: on the wrong side of the entry</source>
            <translation>Stop loss: en el lado equivocado de la entrada</translation>
        </message>
        <message>
            <source>Take profit: on the wrong side of the entry</source>
            <translation>Take profit: en el lado equivocado de la entrada</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::ParameterHeatmap</name>
        <message>
            <source>No trials</source>
            <translation>Sin pruebas</translation>
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
            <translation>Alcista</translation>
        </message>
        <message>
            <source>Bearish</source>
            <translation>Bajista</translation>
        </message>
        <message>
            <source>Fair value gap</source>
            <translation>Fair value gap</translation>
        </message>
        <message>
            <source>Order block</source>
            <translation>Order block</translation>
        </message>
        <message>
            <source>Liquidity sweep</source>
            <translation>Barrido de liquidez</translation>
        </message>
        <message>
            <source>%1 %2 (%3)
Zone: %4 – %5
Detected: %6 UTC (%7 ago)
Filled: %8%</source>
            <translation>%1 %2 (%3)
Zona: %4 – %5
Detectado: %6 UTC (hace %7)
Relleno: %8 %</translation>
        </message>
        <message>
            <source>%1 on %2: %3 bullish, %4 bearish</source>
            <translation>%1 en %2: %3 alcistas, %4 bajistas</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::PatternMatrixView</name>
        <message>
            <source>No symbols watched yet</source>
            <translation>Aún no se sigue ningún símbolo</translation>
        </message>
        <message numerus="yes">
            <source>%n symbol(s)</source>
            <translation>
                <numerusform>%n símbolo</numerusform>
                <numerusform>%n símbolos</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not load the pattern matrix</source>
            <translation>No se pudo cargar la matriz de patrones</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::PortfolioDock</name>
        <message>
            <source>Portfolio</source>
            <translation>Cartera</translation>
        </message>
        <message>
            <source>New trade</source>
            <translation>Nueva operación</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Paper order</source>
            <translation>Orden simulada</translation>
        </message>
        <message>
            <source>Export trades CSV…</source>
            <translation>Exportar operaciones CSV…</translation>
        </message>
        <message>
            <source>trades</source>
            <translation>operaciones</translation>
        </message>
        <message>
            <source>Export journal</source>
            <translation>Exportar diario</translation>
        </message>
        <message>
            <source>As Markdown…</source>
            <translation>Como Markdown…</translation>
        </message>
        <message>
            <source>As PDF…</source>
            <translation>Como PDF…</translation>
        </message>
        <message>
            <source>%1 (paper)</source>
            <translation>%1 (simulado)</translation>
        </message>
        <message>
            <source>Trade</source>
            <translation>Operación</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>Símbolo</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Lado</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Entry (UTC)</source>
            <translation>Entrada (UTC)</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Cant.</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entrada</translation>
        </message>
        <message>
            <source>Exit</source>
            <translation>Salida</translation>
        </message>
        <message>
            <source>P&amp;L</source>
            <translation>G&amp;P</translation>
        </message>
        <message>
            <source>R</source>
            <translation>R</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Log trade</source>
            <translation>Registrar operación</translation>
        </message>
        <message>
            <source>Create a portfolio first (cryptolens-cli portfolio create).</source>
            <translation>Crea primero una cartera (cryptolens-cli portfolio create).</translation>
        </message>
        <message>
            <source>Edit trade</source>
            <translation>Editar operación</translation>
        </message>
        <message>
            <source>no portfolio selected</source>
            <translation>ninguna cartera seleccionada</translation>
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
                <numerusform>Escrito con %n advertencia:
</numerusform>
                <numerusform>Escrito con %n advertencias:
</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cl::ui::PositionsDock</name>
        <message>
            <source>Positions</source>
            <translation>Posiciones</translation>
        </message>
        <message>
            <source>Close at market</source>
            <translation>Cerrar a mercado</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Gráfico</translation>
        </message>
        <message>
            <source>select a position</source>
            <translation>selecciona una posición</translation>
        </message>
        <message numerus="yes">
            <source>%n open position(s), unrealized %1</source>
            <translation>
                <numerusform>%n posición abierta, no realizado %1</numerusform>
                <numerusform>%n posiciones abiertas, no realizado %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cl::ui::PositionsModel</name>
        <message>
            <source>%1 (paper)</source>
            <translation>%1 (simulado)</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Análisis</translation>
        </message>
        <message>
            <source>Per timeframe</source>
            <translation>Por marco temporal</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Idioma del sistema</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>System size</source>
            <translation>Tamaño del sistema</translation>
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
            <translation>Hora local</translation>
        </message>
        <message>
            <source>Keep running in the system tray when the window is closed</source>
            <translation>Seguir en la bandeja del sistema al cerrar la ventana</translation>
        </message>
        <message>
            <source>Record raw trades of newly watched symbols</source>
            <translation>Grabar las operaciones brutas de los símbolos recién seguidos</translation>
        </message>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>Language (after restart):</source>
            <translation>Idioma (tras reiniciar):</translation>
        </message>
        <message>
            <source>Theme:</source>
            <translation>Tema:</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>Tamaño de letra:</translation>
        </message>
        <message>
            <source>Chart time axis:</source>
            <translation>Eje temporal del gráfico:</translation>
        </message>
        <message>
            <source>Metrics year:</source>
            <translation>Año para métricas:</translation>
        </message>
        <message>
            <source>Minimum zone size (%):</source>
            <translation>Tamaño mínimo de zona (%):</translation>
        </message>
        <message>
            <source>Order block: body average period:</source>
            <translation>Order block: periodo de la media del cuerpo:</translation>
        </message>
        <message>
            <source>Order block: body strength (× average):</source>
            <translation>Order block: fuerza del cuerpo (× media):</translation>
        </message>
        <message>
            <source>Order block: candles scanned back:</source>
            <translation>Order block: velas revisadas hacia atrás:</translation>
        </message>
        <message>
            <source>Sweep: first candle index:</source>
            <translation>Barrido: índice de la primera vela:</translation>
        </message>
        <message>
            <source>Sweep: swing radius:</source>
            <translation>Barrido: radio de swing:</translation>
        </message>
        <message>
            <source>Sweep: lookback (candles):</source>
            <translation>Barrido: retrospectiva (velas):</translation>
        </message>
        <message>
            <source>Sweep: invalidated beyond (zone sizes):</source>
            <translation>Barrido: invalidado más allá de (tamaños de zona):</translation>
        </message>
        <message>
            <source>Sweep: filled beyond (zone sizes):</source>
            <translation>Barrido: rellenado más allá de (tamaños de zona):</translation>
        </message>
        <message>
            <source>ATR period:</source>
            <translation>Periodo ATR:</translation>
        </message>
        <message>
            <source>Levels: window (candles):</source>
            <translation>Niveles: ventana (velas):</translation>
        </message>
        <message>
            <source>Levels: swing radius:</source>
            <translation>Niveles: radio de swing:</translation>
        </message>
        <message>
            <source>Signals: minimum confluence:</source>
            <translation>Señales: confluencia mínima:</translation>
        </message>
        <message>
            <source>Signals: cooldown (hours):</source>
            <translation>Señales: enfriamiento (horas):</translation>
        </message>
        <message>
            <source>Signals: stop buffer (× ATR):</source>
            <translation>Señales: margen del stop (× ATR):</translation>
        </message>
        <message>
            <source>Signals: minimum stop buffer (%):</source>
            <translation>Señales: margen mínimo del stop (%):</translation>
        </message>
        <message>
            <source>Signals: minimum risk (% of entry):</source>
            <translation>Señales: riesgo mínimo (% de la entrada):</translation>
        </message>
        <message>
            <source>Signals: reward for TP3 (× risk):</source>
            <translation>Señales: beneficio para TP3 (× riesgo):</translation>
        </message>
        <message>
            <source>Signals: target that closes a trade (1–3):</source>
            <translation>Señales: objetivo que cierra la operación (1–3):</translation>
        </message>
        <message>
            <source>A signal needs a higher-timeframe pattern</source>
            <translation>Una señal necesita un patrón en un marco temporal superior</translation>
        </message>
        <message>
            <source>Matrix timeframes:</source>
            <translation>Marcos temporales de la matriz:</translation>
        </message>
        <message>
            <source>Higher timeframes:</source>
            <translation>Marcos temporales superiores:</translation>
        </message>
        <message>
            <source>Zone overlap threshold</source>
            <translation>Umbral de solapamiento de zonas</translation>
        </message>
        <message>
            <source>Pattern expiry (hours)</source>
            <translation>Caducidad del patrón (horas)</translation>
        </message>
        <message>
            <source>choose at least one matrix timeframe</source>
            <translation>elige al menos un marco temporal para la matriz</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>No guardado: %1</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Gráfico</translation>
        </message>
        <message>
            <source>Restore the analysis defaults of the specification and the chart's indicator periods</source>
            <translation>Restaurar los valores de análisis predeterminados de la especificación y los periodos de indicadores del gráfico</translation>
        </message>
        <message>
            <source>Indicator periods of new charts and of charts without periods of their own:</source>
            <translation>Periodos de indicadores de los gráficos nuevos y de los gráficos sin periodos propios:</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::ShortcutEditor</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Atajo</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>These shortcuts are used twice; change one of each before saving:
%1</source>
            <translation>Estos atajos se usan dos veces; cambia uno de cada par antes de guardar:
%1</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::SignalDetailsPane</name>
        <message>
            <source>Select a signal to see its details.</source>
            <translation>Selecciona una señal para ver sus detalles.</translation>
        </message>
        <message>
            <source>Long</source>
            <translation>Largo</translation>
        </message>
        <message>
            <source>Short</source>
            <translation>Corto</translation>
        </message>
        <message>
            <source>Fair value gap</source>
            <translation>Fair value gap</translation>
        </message>
        <message>
            <source>Order block</source>
            <translation>Order block</translation>
        </message>
        <message>
            <source>Liquidity sweep</source>
            <translation>Barrido de liquidez</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creada</translation>
        </message>
        <message>
            <source>%1 UTC</source>
            <translation>%1 UTC</translation>
        </message>
        <message>
            <source>Confluence</source>
            <translation>Confluencia</translation>
        </message>
        <message>
            <source>Aligned timeframes</source>
            <translation>Marcos temporales alineados</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entrada</translation>
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
            <translation>%1 (R:B %2)</translation>
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
            <translation>Patrón de origen</translation>
        </message>
        <message>
            <source>%1 on %2, detected %3 UTC</source>
            <translation>%1 en %2, detectado %3 UTC</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::SignalListModel</name>
        <message>
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>Notified</source>
            <translation>Notificada</translation>
        </message>
        <message>
            <source>Filled</source>
            <translation>Ejecutada</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Detenida</translation>
        </message>
        <message>
            <source>Target hit</source>
            <translation>Objetivo alcanzado</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Caducada</translation>
        </message>
        <message>
            <source>Long</source>
            <translation>Largo</translation>
        </message>
        <message>
            <source>Short</source>
            <translation>Corto</translation>
        </message>
        <message>
            <source>Created (UTC)</source>
            <translation>Creada (UTC)</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Exchange</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>Símbolo</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Confluence</source>
            <translation>Confluencia</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entrada</translation>
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
            <translation>R:B</translation>
        </message>
        <message>
            <source>Timeframes</source>
            <translation>Marcos temporales</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::SignalListView</name>
        <message>
            <source>&amp;Log trade...</source>
            <translation>&amp;Registrar operación...</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>Símbolo</translation>
        </message>
        <message>
            <source>Any direction</source>
            <translation>Cualquier dirección</translation>
        </message>
        <message>
            <source>Long</source>
            <translation>Largo</translation>
        </message>
        <message>
            <source>Short</source>
            <translation>Corto</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Cualquier estado</translation>
        </message>
        <message>
            <source>Confluence ≥ </source>
            <translation>Confluencia ≥ </translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::TagManagerDialog</name>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Add tag…</source>
            <translation>Añadir etiqueta…</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Color…</translation>
        </message>
        <message>
            <source>a tag needs a name</source>
            <translation>una etiqueta necesita un nombre</translation>
        </message>
        <message>
            <source>'%1' is not a colour</source>
            <translation>«%1» no es un color</translation>
        </message>
        <message>
            <source>New tag</source>
            <translation>Nueva etiqueta</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <source>Tag colour</source>
            <translation>Color de la etiqueta</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::ToastStack</name>
        <message>
            <source>Click to open the chart</source>
            <translation>Haz clic para abrir el gráfico</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::TradeDialog</name>
        <message>
            <source>New trade</source>
            <translation>Nueva operación</translation>
        </message>
        <message>
            <source>Long</source>
            <translation>Largo</translation>
        </message>
        <message>
            <source>Short</source>
            <translation>Corto</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>comma separated</source>
            <translation>separados por comas</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>Símbolo</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Entry price</source>
            <translation>Precio de entrada</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>Entry fee</source>
            <translation>Comisión de entrada</translation>
        </message>
        <message>
            <source>Entry time</source>
            <translation>Hora de entrada</translation>
        </message>
        <message>
            <source>Stop loss</source>
            <translation>Stop loss</translation>
        </message>
        <message>
            <source>Take profit</source>
            <translation>Take profit</translation>
        </message>
        <message>
            <source>Timeframe</source>
            <translation>Marco temporal</translation>
        </message>
        <message>
            <source>Pattern</source>
            <translation>Patrón</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Riesgo</translation>
        </message>
        <message>
            <source>Log trade</source>
            <translation>Registrar operación</translation>
        </message>
        <message>
            <source>TP%1 %2</source>
            <translation>TP%1 %2</translation>
        </message>
        <message>
            <source>Edit trade %1</source>
            <translation>Editar operación %1</translation>
        </message>
        <message>
            <source>%1 at risk</source>
            <translation>%1 en riesgo</translation>
        </message>
        <message>
            <source> (%1 of the account)</source>
            <translation> (%1 de la cuenta)</translation>
        </message>
        <message>
            <source>Symbol: %1</source>
            <translation>Símbolo: %1</translation>
        </message>
        <message>
            <source>Stop loss: a %1 trade's stop must be %2 the entry</source>
            <translation>Stop loss: el stop de una operación %1 debe estar %2 de la entrada</translation>
        </message>
        <message>
            <source>below</source>
            <translation>por debajo</translation>
        </message>
        <message>
            <source>above</source>
            <translation>por encima</translation>
        </message>
        <message>
            <source>Take profit: a %1 trade's target must be %2 the entry</source>
            <translation>Take profit: el objetivo de una operación %1 debe estar %2 de la entrada</translation>
        </message>
        <message>
            <source>Quantity: more than 0 for a trade with an entry price</source>
            <translation>Cantidad: más de 0 para una operación con precio de entrada</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Exchange</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::TrayNotifier</name>
        <message>
            <source>CryptoLens alert</source>
            <translation>Alerta de CryptoLens</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::WatchlistDock</name>
        <message>
            <source>Watchlist</source>
            <translation>Lista de seguimiento</translation>
        </message>
        <message>
            <source>Symbol, e.g. BTC/USDT</source>
            <translation>Símbolo, p. ej. BTC/USDT</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Add the symbol to the watchlist</source>
            <translation>Añadir el símbolo a la lista de seguimiento</translation>
        </message>
        <message>
            <source>Remove the selected symbol</source>
            <translation>Quitar el símbolo seleccionado</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>Símbolo</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Exchange</translation>
        </message>
        <message>
            <source>"%1" is not a valid symbol: %2</source>
            <translation>«%1» no es un símbolo válido: %2</translation>
        </message>
        <message>
            <source>%1 does not list %2</source>
            <translation>%1 no lista %2</translation>
        </message>
        <message>
            <source>%1 is already on the watchlist</source>
            <translation>%1 ya está en la lista de seguimiento</translation>
        </message>
        <message>
            <source>Ungrouped</source>
            <translation>Sin grupo</translation>
        </message>
        <message>
            <source>The watchlist could not be saved: %1</source>
            <translation>No se pudo guardar la lista de seguimiento: %1</translation>
        </message>
        <message>
            <source>The watchlist could not be loaded: %1</source>
            <translation>No se pudo cargar la lista de seguimiento: %1</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>CryptoLens: a native crypto trading workstation.</source>
            <translation>CryptoLens: una estación de trading de cripto nativa.</translation>
        </message>
        <message>
            <source>Keep the database, settings and log in DIR instead of the default data folder.</source>
            <translation>Guardar la base de datos, la configuración y el registro en DIR en lugar de la carpeta de datos predeterminada.</translation>
        </message>
        <message>
            <source>Run offline against the built-in simulated exchange (in a temporary data folder unless --data-dir is given).</source>
            <translation>Ejecutar sin conexión contra el exchange simulado integrado (en una carpeta de datos temporal salvo que se indique --data-dir).</translation>
        </message>
        <message>
            <source>Render the main window to the PNG FILE and exit (with --demo, after the demo has run a few seconds).</source>
            <translation>Renderizar la ventana principal en el PNG FILE y salir (con --demo, tras unos segundos de demostración).</translation>
        </message>
        <message>
            <source>Seconds to wait before --screenshot (default 3, 12 with --demo).</source>
            <translation>Segundos de espera antes de --screenshot (3 por defecto, 12 con --demo).</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::JournalTradeMarkers</name>
        <message>
            <source>Long</source>
            <translation>Largo</translation>
        </message>
        <message>
            <source>Short</source>
            <translation>Corto</translation>
        </message>
        <message>
            <source>Exit</source>
            <translation>Salida</translation>
        </message>
    </context>
</TS>
