<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>QObject</name>
        <message>
            <source>Equity (%1)</source>
            <translation>权益（%1）</translation>
        </message>
        <message>
            <source>Equity</source>
            <translation>权益</translation>
        </message>
        <message>
            <source>Drawdown</source>
            <translation>回撤</translation>
        </message>
        <message>
            <source>Drawdown %</source>
            <translation>回撤 %</translation>
        </message>
        <message>
            <source>R-multiple distribution</source>
            <translation>R 倍数分布</translation>
        </message>
        <message>
            <source>Losing</source>
            <translation>亏损</translation>
        </message>
        <message>
            <source>Winning</source>
            <translation>盈利</translation>
        </message>
        <message>
            <source>Monte Carlo: %1 paths, seed %2 (%3)</source>
            <translation>蒙特卡洛：%1 条路径，种子 %2（%3）</translation>
        </message>
        <message>
            <source>trade</source>
            <translation>交易</translation>
        </message>
        <message>
            <source>median</source>
            <translation>中位数</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Export table as CSV</source>
            <translation>将表格导出为 CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
    </context>
    <context>
        <name>cl::app::DemoExchange</name>
        <message>
            <source>The demo exchange could not start: %1</source>
            <translation>演示交易所无法启动：%1</translation>
        </message>
    </context>
    <context>
        <name>cl::app::Workstation</name>
        <message>
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>Queue depth</source>
            <translation>队列深度</translation>
        </message>
        <message>
            <source>jobs</source>
            <translation>个任务</translation>
        </message>
        <message>
            <source>Write rate</source>
            <translation>写入速率</translation>
        </message>
        <message>
            <source>rows/s</source>
            <translation>行/秒</translation>
        </message>
        <message>
            <source>Last commit</source>
            <translation>最近一次提交</translation>
        </message>
        <message>
            <source>ms</source>
            <translation>毫秒</translation>
        </message>
        <message>
            <source>Failed jobs</source>
            <translation>失败的任务</translation>
        </message>
        <message>
            <source>Candles</source>
            <translation>K线</translation>
        </message>
        <message>
            <source>batches</source>
            <translation>批</translation>
        </message>
        <message>
            <source>Latency (mean)</source>
            <translation>延迟（平均）</translation>
        </message>
        <message>
            <source>Latency (max)</source>
            <translation>延迟（最大）</translation>
        </message>
        <message>
            <source>Trades</source>
            <translation>交易</translation>
        </message>
        <message>
            <source>/s</source>
            <translation>/秒</translation>
        </message>
        <message>
            <source>Rejected trades</source>
            <translation>被拒绝的交易</translation>
        </message>
        <message>
            <source>Kline mismatches</source>
            <translation>K线不一致</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>分析</translation>
        </message>
        <message>
            <source>Pattern updates</source>
            <translation>形态更新</translation>
        </message>
        <message>
            <source>Signals created</source>
            <translation>已生成信号</translation>
        </message>
        <message>
            <source>Feed %1</source>
            <translation>行情源 %1</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>消息数</translation>
        </message>
        <message>
            <source>Last message</source>
            <translation>最后一条消息</translation>
        </message>
        <message>
            <source>Reconnects</source>
            <translation>重连次数</translation>
        </message>
        <message>
            <source>Open a chart first: the backtest replays the current chart's symbol and timeframe.</source>
            <translation>请先打开图表：回测将回放当前图表的交易对和周期。</translation>
        </message>
        <message>
            <source>entry</source>
            <translation>入场</translation>
        </message>
    </context>
    <context>
        <name>cl::chart::AnnotationPainter</name>
        <message>
            <source>Entry</source>
            <translation>入场</translation>
        </message>
        <message>
            <source>SL</source>
            <translation>止损</translation>
        </message>
        <message>
            <source>TP1</source>
            <translation>止盈1</translation>
        </message>
        <message>
            <source>TP2</source>
            <translation>止盈2</translation>
        </message>
        <message>
            <source>TP3</source>
            <translation>止盈3</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>警报</translation>
        </message>
        <message>
            <source>bull</source>
            <translation>看涨</translation>
        </message>
        <message>
            <source>bear</source>
            <translation>看跌</translation>
        </message>
    </context>
    <context>
        <name>cl::chart::CandleChartWidget</name>
        <message>
            <source>Create alert at %1</source>
            <translation>在 %1 创建警报</translation>
        </message>
        <message>
            <source>Log scale</source>
            <translation>对数坐标</translation>
        </message>
        <message>
            <source>Auto scale</source>
            <translation>自动缩放</translation>
        </message>
        <message>
            <source>Reset view</source>
            <translation>重置视图</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>成交量</translation>
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
            <translation>开 %1  高 %2  低 %3  收 %4  量 %5  %6%</translation>
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
            <translation>布林 %1 %2</translation>
        </message>
    </context>
    <context>
        <name>cl::chart::ChartView</name>
        <message>
            <source>Symbol (exchange:BASE/QUOTE)</source>
            <translation>交易对（交易所:基础币/计价币）</translation>
        </message>
        <message>
            <source>Timeframe (keys 1 to 9)</source>
            <translation>周期（按键 1 到 9）</translation>
        </message>
        <message>
            <source>Vol</source>
            <translation>量</translation>
        </message>
        <message>
            <source>Volume pane</source>
            <translation>成交量副图</translation>
        </message>
        <message>
            <source>EMA</source>
            <translation>EMA</translation>
        </message>
        <message>
            <source>Exponential moving average</source>
            <translation>指数移动平均线</translation>
        </message>
        <message>
            <source>SMA</source>
            <translation>SMA</translation>
        </message>
        <message>
            <source>Simple moving average</source>
            <translation>简单移动平均线</translation>
        </message>
        <message>
            <source>BB</source>
            <translation>布林</translation>
        </message>
        <message>
            <source>Bollinger bands</source>
            <translation>布林带</translation>
        </message>
        <message>
            <source>RSI</source>
            <translation>RSI</translation>
        </message>
        <message>
            <source>Relative strength index pane</source>
            <translation>相对强弱指数副图</translation>
        </message>
        <message>
            <source>MACD</source>
            <translation>MACD</translation>
        </message>
        <message>
            <source>MACD pane</source>
            <translation>MACD 副图</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>对数</translation>
        </message>
        <message>
            <source>Logarithmic price scale</source>
            <translation>对数价格坐标</translation>
        </message>
        <message>
            <source>Local time</source>
            <translation>本地时间</translation>
        </message>
        <message>
            <source>Show times in local time instead of UTC</source>
            <translation>以本地时间而非 UTC 显示时间</translation>
        </message>
        <message>
            <source>Snapshot</source>
            <translation>快照</translation>
        </message>
        <message>
            <source>Save the chart as a PNG image</source>
            <translation>将图表保存为 PNG 图片</translation>
        </message>
        <message>
            <source>Indicator settings...</source>
            <translation>指标设置...</translation>
        </message>
        <message>
            <source>Periods of this chart's indicators</source>
            <translation>此图表指标的周期</translation>
        </message>
    </context>
    <context>
        <name>cl::chart::IndicatorParameters</name>
        <message>
            <source>%1 period %2 is outside %3 to %4</source>
            <translation>%1 周期 %2 超出 %3 到 %4 的范围</translation>
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
            <translation>布林带</translation>
        </message>
        <message>
            <source>RSI</source>
            <translation>RSI</translation>
        </message>
        <message>
            <source>MACD fast</source>
            <translation>MACD 快线</translation>
        </message>
        <message>
            <source>MACD slow</source>
            <translation>MACD 慢线</translation>
        </message>
        <message>
            <source>MACD signal</source>
            <translation>MACD 信号线</translation>
        </message>
        <message>
            <source>Bollinger width %1 must be above 0 and at most %2</source>
            <translation>布林带宽度 %1 必须大于 0 且不超过 %2</translation>
        </message>
        <message>
            <source>MACD fast period %1 must be shorter than the slow period %2</source>
            <translation>MACD 快线周期 %1 必须短于慢线周期 %2</translation>
        </message>
    </context>
    <context>
        <name>cl::chart::IndicatorParametersForm</name>
        <message>
            <source>EMA period:</source>
            <translation>EMA 周期：</translation>
        </message>
        <message>
            <source>SMA period:</source>
            <translation>SMA 周期：</translation>
        </message>
        <message>
            <source>Bollinger period:</source>
            <translation>布林带周期：</translation>
        </message>
        <message>
            <source>Band distance from the middle line in standard deviations</source>
            <translation>通道与中线的距离（以标准差计）</translation>
        </message>
        <message>
            <source>Bollinger width (× standard deviation):</source>
            <translation>布林带宽度（× 标准差）：</translation>
        </message>
        <message>
            <source>RSI period:</source>
            <translation>RSI 周期：</translation>
        </message>
        <message>
            <source>MACD fast period:</source>
            <translation>MACD 快线周期：</translation>
        </message>
        <message>
            <source>MACD slow period:</source>
            <translation>MACD 慢线周期：</translation>
        </message>
        <message>
            <source>MACD signal period:</source>
            <translation>MACD 信号线周期：</translation>
        </message>
    </context>
    <context>
        <name>cl::chart::IndicatorSettingsDialog</name>
        <message>
            <source>Indicator settings</source>
            <translation>指标设置</translation>
        </message>
        <message>
            <source>The defaults for new charts from the settings</source>
            <translation>设置中新图表的默认值</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::AlertEditorDialog</name>
        <message>
            <source>Alert</source>
            <translation>警报</translation>
        </message>
        <message>
            <source>(from the condition)</source>
            <translation>（来自条件）</translation>
        </message>
        <message>
            <source>Price crosses above</source>
            <translation>价格向上穿越</translation>
        </message>
        <message>
            <source>Price crosses below</source>
            <translation>价格向下穿越</translation>
        </message>
        <message>
            <source>% change over a window</source>
            <translation>时间窗口内的涨跌幅 %</translation>
        </message>
        <message>
            <source>Volume spike</source>
            <translation>放量</translation>
        </message>
        <message>
            <source>RSI above</source>
            <translation>RSI 高于</translation>
        </message>
        <message>
            <source>RSI below</source>
            <translation>RSI 低于</translation>
        </message>
        <message>
            <source>New pattern</source>
            <translation>新形态</translation>
        </message>
        <message>
            <source>Pattern zone touched / filled</source>
            <translation>形态区间被触及 / 回补</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>信号</translation>
        </message>
        <message>
            <source>Feed disconnected</source>
            <translation>行情源已断开</translation>
        </message>
        <message>
            <source>BTC/USDT, ETH/USDT</source>
            <translation>BTC/USDT, ETH/USDT</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>ratio to the volume SMA</source>
            <translation>相对成交量 SMA 的倍数</translation>
        </message>
        <message>
            <source>z-score</source>
            <translation>z 分数</translation>
        </message>
        <message>
            <source>default</source>
            <translation>默认</translation>
        </message>
        <message>
            <source>any</source>
            <translation>任意</translation>
        </message>
        <message>
            <source>bullish</source>
            <translation>看涨</translation>
        </message>
        <message>
            <source>bearish</source>
            <translation>看跌</translation>
        </message>
        <message>
            <source>touched</source>
            <translation>已触及</translation>
        </message>
        <message>
            <source>filled</source>
            <translation>已回补</translation>
        </message>
        <message>
            <source>Re-arm after firing</source>
            <translation>触发后重新启用</translation>
        </message>
        <message>
            <source>Only between (UTC)</source>
            <translation>仅在以下时间之间 (UTC)</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>silent</source>
            <translation>静音</translation>
        </message>
        <message>
            <source>beep</source>
            <translation>蜂鸣</translation>
        </message>
        <message>
            <source>push channels, e.g. ntfy</source>
            <translation>推送渠道，例如 ntfy</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Condition:</source>
            <translation>条件：</translation>
        </message>
        <message>
            <source>Exchange:</source>
            <translation>交易所：</translation>
        </message>
        <message>
            <source>Symbols:</source>
            <translation>交易对：</translation>
        </message>
        <message>
            <source>Watchlist:</source>
            <translation>自选列表：</translation>
        </message>
        <message>
            <source>Timeframe:</source>
            <translation>周期：</translation>
        </message>
        <message>
            <source>Level:</source>
            <translation>价位：</translation>
        </message>
        <message>
            <source>Change:</source>
            <translation>变化：</translation>
        </message>
        <message>
            <source>Window:</source>
            <translation>窗口：</translation>
        </message>
        <message>
            <source>Measure:</source>
            <translation>指标：</translation>
        </message>
        <message>
            <source>Threshold:</source>
            <translation>阈值：</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>周期：</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>形态：</translation>
        </message>
        <message>
            <source>Direction:</source>
            <translation>方向：</translation>
        </message>
        <message>
            <source>Zone:</source>
            <translation>区间：</translation>
        </message>
        <message>
            <source>Minimum score:</source>
            <translation>最低得分：</translation>
        </message>
        <message>
            <source>Down for more than:</source>
            <translation>下跌超过：</translation>
        </message>
        <message>
            <source>Cooldown:</source>
            <translation>冷却时间：</translation>
        </message>
        <message>
            <source>Active hours:</source>
            <translation>生效时段：</translation>
        </message>
        <message>
            <source>Expiry:</source>
            <translation>有效期：</translation>
        </message>
        <message>
            <source>Sound:</source>
            <translation>声音：</translation>
        </message>
        <message>
            <source>Push:</source>
            <translation>推送：</translation>
        </message>
        <message>
            <source>Symbol '%1': %2</source>
            <translation>交易对“%1”：%2</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::AlertHistoryDock</name>
        <message>
            <source>Alert history</source>
            <translation>警报历史</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>确认</translation>
        </message>
        <message>
            <source>Acknowledge all</source>
            <translation>全部确认</translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <translation>时间 (UTC)</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>交易对</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::AlertListDock</name>
        <message>
            <source>Alerts</source>
            <translation>警报</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>新建…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>条件</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>once</source>
            <translation>一次</translation>
        </message>
        <message>
            <source>until %1</source>
            <translation>直到 %1</translation>
        </message>
        <message>
            <source>sound</source>
            <translation>声音</translation>
        </message>
        <message>
            <source>Price above</source>
            <translation>价格高于</translation>
        </message>
        <message>
            <source>Price below</source>
            <translation>价格低于</translation>
        </message>
        <message>
            <source>% change</source>
            <translation>涨跌幅 %</translation>
        </message>
        <message>
            <source>Volume spike</source>
            <translation>成交量激增</translation>
        </message>
        <message>
            <source>RSI above</source>
            <translation>RSI 高于</translation>
        </message>
        <message>
            <source>RSI below</source>
            <translation>RSI 低于</translation>
        </message>
        <message>
            <source>Pattern</source>
            <translation>形态</translation>
        </message>
        <message>
            <source>Pattern zone</source>
            <translation>形态区域</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>信号</translation>
        </message>
        <message>
            <source>Feed down</source>
            <translation>数据源中断</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 分钟</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 小时 %2 分钟</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 小时</translation>
        </message>
        <message>
            <source>%1 d</source>
            <translation>%1 天</translation>
        </message>
        <message>
            <source>crosses above %1</source>
            <translation>上穿 %1</translation>
        </message>
        <message>
            <source>crosses below %1</source>
            <translation>下穿 %1</translation>
        </message>
        <message>
            <source>moves %1 % within %2</source>
            <translation>%2 内变动 %1 %</translation>
        </message>
        <message>
            <source>volume ≥ %1× its average</source>
            <translation>成交量 ≥ 均值的 %1 倍</translation>
        </message>
        <message>
            <source>volume z-score ≥ %1</source>
            <translation>成交量 z 分数 ≥ %1</translation>
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
            <translation>新形态</translation>
        </message>
        <message>
            <source>zone filled</source>
            <translation>区域已回补</translation>
        </message>
        <message>
            <source>zone touched</source>
            <translation>触及区域</translation>
        </message>
        <message>
            <source>signal with confluence ≥ %1</source>
            <translation>共振度 ≥ %1 的信号</translation>
        </message>
        <message>
            <source>feed down for over %1</source>
            <translation>数据源中断超过 %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>watchlist %1</source>
            <translation>自选列表 %1</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%2 上的 %1</translation>
        </message>
        <message>
            <source>re-arm, cooldown %1</source>
            <translation>重新启用，冷却 %1</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::AnalyticsView</name>
        <message>
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Breakdowns</source>
            <translation>细分统计</translation>
        </message>
        <message>
            <source>Trades</source>
            <translation>交易</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>按月</translation>
        </message>
        <message>
            <source>Equity</source>
            <translation>权益</translation>
        </message>
        <message>
            <source>R multiples</source>
            <translation>R 倍数</translation>
        </message>
        <message>
            <source>random</source>
            <translation>随机</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>运行</translation>
        </message>
        <message>
            <source>Paths</source>
            <translation>路径数</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <source>Monte Carlo</source>
            <translation>蒙特卡洛</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Convention</source>
            <translation>惯例</translation>
        </message>
        <message>
            <source>Trade</source>
            <translation>交易</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>交易对</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>方向</translation>
        </message>
        <message>
            <source>Entry (UTC)</source>
            <translation>入场 (UTC)</translation>
        </message>
        <message>
            <source>Exit (UTC)</source>
            <translation>出场 (UTC)</translation>
        </message>
        <message>
            <source>P&amp;L</source>
            <translation>盈亏</translation>
        </message>
        <message>
            <source>P&amp;L %</source>
            <translation>盈亏 %</translation>
        </message>
        <message>
            <source>R</source>
            <translation>R</translation>
        </message>
        <message>
            <source>Pattern</source>
            <translation>形态</translation>
        </message>
        <message>
            <source>Timeframe</source>
            <translation>周期</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Mood</source>
            <translation>情绪</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Year P&amp;L</source>
            <translation>年度盈亏</translation>
        </message>
        <message>
            <source>Year return</source>
            <translation>年度收益率</translation>
        </message>
        <message>
            <source>return %1</source>
            <translation>收益率 %1</translation>
        </message>
        <message>
            <source>Not run yet</source>
            <translation>尚未运行</translation>
        </message>
        <message>
            <source>Percentile</source>
            <translation>百分位</translation>
        </message>
        <message>
            <source>Terminal equity</source>
            <translation>期末权益</translation>
        </message>
        <message>
            <source>Max drawdown</source>
            <translation>最大回撤</translation>
        </message>
        <message>
            <source>Seed %1 · %2 paths of %3 trades · P(loss) %4 · P(drawdown beyond 20 %) %5</source>
            <translation>种子 %1 · %2 条路径，每条 %3 笔交易 · P(亏损) %4 · P(回撤超过 20%) %5</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::BacktestDock</name>
        <message>
            <source>Backtest</source>
            <translation>回测</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>运行</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Choose the parameters and run.</source>
            <translation>选择参数后运行。</translation>
        </message>
        <message>
            <source>Win rate in %, breakevens count as non-wins; drawdown on the per-trade equity curve; Sharpe from zero-filled daily returns, annualized with 365 days. Inconclusive trades (stop and target in one candle) count as 0 R.</source>
            <translation>胜率以 % 计，保本交易不计为盈利；回撤基于逐笔权益曲线；夏普比率基于补零的日收益率，按 365 天年化。无定论交易（同一根K线触及止损和目标）按 0 R 计。</translation>
        </message>
        <message>
            <source>Equity (realized)</source>
            <translation>权益（已实现）</translation>
        </message>
        <message>
            <source>Patterns</source>
            <translation>形态</translation>
        </message>
        <message>
            <source>Confluence signals</source>
            <translation>共振信号</translation>
        </message>
        <message>
            <source>Trade</source>
            <translation>交易</translation>
        </message>
        <message>
            <source>Limit at the entry level</source>
            <translation>在入场价挂限价单</translation>
        </message>
        <message>
            <source>Next candle's open</source>
            <translation>下一根K线开盘价</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>入场</translation>
        </message>
        <message>
            <source>TP1</source>
            <translation>止盈1</translation>
        </message>
        <message>
            <source>TP2</source>
            <translation>止盈2</translation>
        </message>
        <message>
            <source>TP3</source>
            <translation>止盈3</translation>
        </message>
        <message>
            <source>Scaled (a third at each)</source>
            <translation>分批（每个目标三分之一）</translation>
        </message>
        <message>
            <source>Exit</source>
            <translation>出场</translation>
        </message>
        <message>
            <source>Stop first when one candle reaches stop and target</source>
            <translation>同一根K线同时触及止损和目标时先算止损</translation>
        </message>
        <message>
            <source>Off: such a trade is inconclusive and counts as 0 R.</source>
            <translation>关闭：此类交易无定论，按 0 R 计。</translation>
        </message>
        <message>
            <source>pattern targets</source>
            <translation>形态目标</translation>
        </message>
        <message>
            <source>RR target</source>
            <translation>盈亏比目标</translation>
        </message>
        <message>
            <source>Stop buffer ×</source>
            <translation>止损缓冲 ×</translation>
        </message>
        <message>
            <source>Lifetime ×</source>
            <translation>有效期 ×</translation>
        </message>
        <message>
            <source>Fee (bps)</source>
            <translation>手续费（基点）</translation>
        </message>
        <message>
            <source>Slippage (bps)</source>
            <translation>滑点（基点）</translation>
        </message>
        <message>
            <source>Risk per trade (%)</source>
            <translation>单笔风险（%）</translation>
        </message>
        <message>
            <source>Initial balance</source>
            <translation>初始资金</translation>
        </message>
        <message>
            <source>Cannot run: %1</source>
            <translation>无法运行：%1</translation>
        </message>
        <message>
            <source>Cannot run: no history to replay (choose a symbol and timeframe).</source>
            <translation>无法运行：没有可回放的历史数据（请选择交易对和周期）。</translation>
        </message>
        <message>
            <source>Running…</source>
            <translation>运行中…</translation>
        </message>
        <message>
            <source>no history to replay</source>
            <translation>没有可回放的历史数据</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>失败：%1</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <source>%1 trades · win rate %2 % · expectancy %3 R · profit factor %4 · net %5 · max drawdown %6 % · Sharpe %7</source>
            <translation>%1 笔交易 · 胜率 %2% · 期望值 %3 R · 盈利因子 %4 · 净值 %5 · 最大回撤 %6% · 夏普 %7</translation>
        </message>
        <message>
            <source>UTC</source>
            <translation>UTC</translation>
        </message>
        <message>
            <source>Run a backtest to see its equity curve.</source>
            <translation>运行回测以查看其资金曲线。</translation>
        </message>
        <message>
            <source>The run closed no trades, so there is no equity curve to draw.</source>
            <translation>本次运行没有平仓交易，因此没有资金曲线可绘制。</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::BacktestTradeModel</name>
        <message>
            <source>long</source>
            <translation>做多</translation>
        </message>
        <message>
            <source>short</source>
            <translation>做空</translation>
        </message>
        <message>
            <source>Pattern</source>
            <translation>形态</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>方向</translation>
        </message>
        <message>
            <source>Detected (UTC)</source>
            <translation>检测时间 (UTC)</translation>
        </message>
        <message>
            <source>Entry (UTC)</source>
            <translation>入场 (UTC)</translation>
        </message>
        <message>
            <source>Entry price</source>
            <translation>入场价</translation>
        </message>
        <message>
            <source>Exit (UTC)</source>
            <translation>出场 (UTC)</translation>
        </message>
        <message>
            <source>Exit price</source>
            <translation>出场价</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>R</source>
            <translation>R</translation>
        </message>
        <message>
            <source>P&amp;L</source>
            <translation>盈亏</translation>
        </message>
        <message>
            <source>win</source>
            <translation>盈利</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>亏损</translation>
        </message>
        <message>
            <source>inconclusive</source>
            <translation>未定</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>已过期</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::CandleBrowser</name>
        <message>
            <source>Symbols with stored candles</source>
            <translation>已存储K线的交易对</translation>
        </message>
        <message>
            <source>Symbol:</source>
            <translation>交易对：</translation>
        </message>
        <message>
            <source>Timeframe:</source>
            <translation>周期：</translation>
        </message>
        <message>
            <source>newest %1 of %2 candles</source>
            <translation>%2 根K线中最新的 %1 根</translation>
        </message>
        <message>
            <source>Opening the database...</source>
            <translation>正在打开数据库...</translation>
        </message>
        <message>
            <source>No candles stored yet. Import some with: cryptolens-cli candles import</source>
            <translation>尚未存储K线。可用以下命令导入：cryptolens-cli candles import</translation>
        </message>
        <message>
            <source>Loading...</source>
            <translation>加载中...</translation>
        </message>
        <message>
            <source>Cannot read candles: %1</source>
            <translation>无法读取K线：%1</translation>
        </message>
        <message>
            <source>%1 candles</source>
            <translation>%1 根K线</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::CandleTableModel</name>
        <message>
            <source>Open time</source>
            <translation>开盘时间</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>开盘</translation>
        </message>
        <message>
            <source>High</source>
            <translation>最高</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>最低</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>收盘</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>成交量</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::ChartTabs</name>
        <message>
            <source>Chart</source>
            <translation>图表</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::DiagnosticsDock</name>
        <message>
            <source>Diagnostics</source>
            <translation>诊断</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::FeedStatusWidget</name>
        <message>
            <source>stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <source>connecting</source>
            <translation>正在连接</translation>
        </message>
        <message>
            <source>subscribing</source>
            <translation>正在订阅</translation>
        </message>
        <message>
            <source>live</source>
            <translation>实时</translation>
        </message>
        <message>
            <source>closing</source>
            <translation>正在关闭</translation>
        </message>
        <message>
            <source>reconnecting</source>
            <translation>正在重连</translation>
        </message>
        <message>
            <source>–</source>
            <translation>–</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 毫秒</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
        <message>
            <source>%1 %2 · %3 msg/s · %4</source>
            <translation>%1 %2 · %3 条/秒 · %4</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n symbol(s), %2 reconnect(s)%3</source>
            <translation>
                <numerusform>%1：%n 个交易对，%2 次重连%3</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cl::ui::JournalEditorDock</name>
        <message>
            <source>Journal</source>
            <translation>交易日志</translation>
        </message>
        <message>
            <source>No trade selected</source>
            <translation>未选择交易</translation>
        </message>
        <message>
            <source>Mood:</source>
            <translation>情绪：</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Tags…</source>
            <translation>标签…</translation>
        </message>
        <message>
            <source>Markdown: **bold**, - lists, ![](screenshots/file.png)</source>
            <translation>Markdown：**粗体**，- 列表，![](screenshots/file.png)</translation>
        </message>
        <message>
            <source>Pre-trade checklist</source>
            <translation>交易前检查清单</translation>
        </message>
        <message>
            <source>Edit checklist…</source>
            <translation>编辑检查清单…</translation>
        </message>
        <message>
            <source>Add screenshot…</source>
            <translation>添加截图…</translation>
        </message>
        <message>
            <source>Chart snapshot</source>
            <translation>图表快照</translation>
        </message>
        <message>
            <source>%1 · %2 %3</source>
            <translation>%1 · %2 %3</translation>
        </message>
        <message>
            <source>&lt;i&gt;no tags&lt;/i&gt;</source>
            <translation>&lt;i&gt;无标签&lt;/i&gt;</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>编辑中…</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>未保存：%1</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <source>%1 is not an image</source>
            <translation>%1 不是图片</translation>
        </message>
        <message>
            <source>cannot create the screenshots folder in %1</source>
            <translation>无法在 %1 中创建截图文件夹</translation>
        </message>
        <message>
            <source>cannot copy %1 into %2</source>
            <translation>无法将 %1 复制到 %2</translation>
        </message>
        <message>
            <source>select a trade first</source>
            <translation>请先选择一笔交易</translation>
        </message>
        <message>
            <source>Snapshot not attached: %1</source>
            <translation>快照未附加：%1</translation>
        </message>
        <message>
            <source>Add screenshot</source>
            <translation>添加截图</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
            <translation>图片 (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
        </message>
        <message>
            <source>Screenshot</source>
            <translation>截图</translation>
        </message>
        <message>
            <source>One item per line:</source>
            <translation>每行一项：</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::LogDock</name>
        <message>
            <source>Log</source>
            <translation>日志</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::MainWindow</name>
        <message>
            <source>Stored candles</source>
            <translation>已存储K线</translation>
        </message>
        <message>
            <source>Pattern matrix</source>
            <translation>形态矩阵</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>信号</translation>
        </message>
        <message>
            <source>CryptoLens</source>
            <translation>CryptoLens</translation>
        </message>
        <message>
            <source>Opening database...</source>
            <translation>正在打开数据库...</translation>
        </message>
        <message>
            <source>Database unavailable</source>
            <translation>数据库不可用</translation>
        </message>
        <message>
            <source>Database ready</source>
            <translation>数据库就绪</translation>
        </message>
        <message>
            <source>Database damaged</source>
            <translation>数据库已损坏</translation>
        </message>
        <message>
            <source>%1

CryptoLens can move the damaged file aside (it is kept, not deleted) and start with a fresh database. Do that now?</source>
            <translation>%1

CryptoLens 可以把损坏的文件移到一旁（文件会保留，不会删除），并使用新的数据库启动。现在就这样做吗？</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About CryptoLens</source>
            <translation>关于 CryptoLens(&amp;A)</translation>
        </message>
        <message>
            <source>About CryptoLens</source>
            <translation>关于 CryptoLens</translation>
        </message>
        <message>
            <source>&lt;b&gt;CryptoLens %1&lt;/b&gt;&lt;p&gt;A native trading workstation for crypto traders: live market data, pattern detection, signals, alerts and a trade journal, all on your own machine.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL v3 or later.&lt;/p&gt;</source>
            <translation>&lt;b&gt;CryptoLens %1&lt;/b&gt;&lt;p&gt;面向加密货币交易者的原生交易工作站：实时行情、形态识别、信号、警报和交易日志，全部运行在你自己的电脑上。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;&lt;p&gt;以 GNU GPL v3 或更高版本授权。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>关于 Qt(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;New chart</source>
            <translation>新建图表(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Close chart</source>
            <translation>关闭图表(&amp;C)</translation>
        </message>
        <message>
            <source>Chart &amp;snapshot</source>
            <translation>图表快照(&amp;S)</translation>
        </message>
        <message>
            <source>The snapshot could not be written</source>
            <translation>无法写入快照</translation>
        </message>
        <message>
            <source>Snapshot saved to %1</source>
            <translation>快照已保存到 %1</translation>
        </message>
        <message>
            <source>Save window &amp;image...</source>
            <translation>保存窗口图片(&amp;I)...</translation>
        </message>
        <message>
            <source>Save window image</source>
            <translation>保存窗口图片</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <source>Could not write %1</source>
            <translation>无法写入 %1</translation>
        </message>
        <message>
            <source>Open &amp;data folder</source>
            <translation>打开数据文件夹(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Reload symbols</source>
            <translation>重新加载交易对(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation>面板(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>主题(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>深色(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>浅色(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Layouts</source>
            <translation>布局(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Reset layout</source>
            <translation>重置布局(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Full screen</source>
            <translation>全屏(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Save layout as...</source>
            <translation>布局另存为(&amp;S)...</translation>
        </message>
        <message>
            <source>Save layout</source>
            <translation>保存布局</translation>
        </message>
        <message>
            <source>Name of the layout:</source>
            <translation>布局名称：</translation>
        </message>
        <message>
            <source>&amp;Delete layout...</source>
            <translation>删除布局(&amp;D)...</translation>
        </message>
        <message>
            <source>Delete layout</source>
            <translation>删除布局</translation>
        </message>
        <message>
            <source>Layout:</source>
            <translation>布局：</translation>
        </message>
        <message>
            <source>The layout "%1" was saved by another version and cannot be restored</source>
            <translation>布局“%1”由其他版本保存，无法恢复</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Settings...</source>
            <translation>设置(&amp;S)...</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts...</source>
            <translation>键盘快捷键(&amp;K)...</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::MarkdownPreview</name>
        <message>
            <source>%1: only images inside the data folder are shown</source>
            <translation>%1：仅显示数据文件夹内的图片</translation>
        </message>
        <message>
            <source>image not shown</source>
            <translation>图片未显示</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::OptimizationTrialModel</name>
        <message>
            <source>Fewer trades than the minimum: not ranked.</source>
            <translation>交易次数少于最低要求：不参与排名。</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::OptimizationView</name>
        <message>
            <source>Heatmap of the best score: x</source>
            <translation>最佳得分热力图：x</translation>
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
            <translation>模拟订单</translation>
        </message>
        <message>
            <source>Buy / long</source>
            <translation>买入 / 做多</translation>
        </message>
        <message>
            <source>Sell / short</source>
            <translation>卖出 / 做空</translation>
        </message>
        <message>
            <source>Market</source>
            <translation>市价</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>限价</translation>
        </message>
        <message>
            <source>Stop (breakout)</source>
            <translation>止损单（突破）</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>fee %1 % of the notional, slippage %2 bps on market and stop fills</source>
            <translation>手续费为名义价值的 %1%，市价和止损成交滑点 %2 基点</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>交易所</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>交易对</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>方向</translation>
        </message>
        <message>
            <source>Order type</source>
            <translation>订单类型</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Price / trigger</source>
            <translation>价格 / 触发价</translation>
        </message>
        <message>
            <source>Stop loss</source>
            <translation>止损</translation>
        </message>
        <message>
            <source>Take profit</source>
            <translation>止盈</translation>
        </message>
        <message>
            <source>Last price</source>
            <translation>最新价</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>Place order</source>
            <translation>下单</translation>
        </message>
        <message>
            <source>Symbol: %1</source>
            <translation>交易对：%1</translation>
        </message>
        <message>
            <source>Stop loss: on the wrong side of the entry</source>
            <translation>止损：位于入场价的错误一侧</translation>
        </message>
        <message>
            <source>Take profit: on the wrong side of the entry</source>
            <translation>止盈：位于入场价的错误一侧</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::ParameterHeatmap</name>
        <message>
            <source>No trials</source>
            <translation>没有试验</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::PatternMatrixModel</name>
        <message>
            <source>%1 h</source>
            <translation>%1 小时</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 分钟</translation>
        </message>
        <message>
            <source>Bullish</source>
            <translation>看涨</translation>
        </message>
        <message>
            <source>Bearish</source>
            <translation>看跌</translation>
        </message>
        <message>
            <source>Fair value gap</source>
            <translation>公允价值缺口</translation>
        </message>
        <message>
            <source>Order block</source>
            <translation>订单块</translation>
        </message>
        <message>
            <source>Liquidity sweep</source>
            <translation>流动性扫荡</translation>
        </message>
        <message>
            <source>%1 %2 (%3)
Zone: %4 – %5
Detected: %6 UTC (%7 ago)
Filled: %8%</source>
            <translation>%1 %2（%3）
区间：%4 – %5
检测时间：%6 UTC（%7 前）
已回补：%8%</translation>
        </message>
        <message>
            <source>%1 on %2: %3 bullish, %4 bearish</source>
            <translation>%2 上的 %1：%3 个看涨，%4 个看跌</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::PatternMatrixView</name>
        <message>
            <source>No symbols watched yet</source>
            <translation>尚未关注任何交易对</translation>
        </message>
        <message numerus="yes">
            <source>%n symbol(s)</source>
            <translation>
                <numerusform>%n 个交易对</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not load the pattern matrix</source>
            <translation>无法加载形态矩阵</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::PortfolioDock</name>
        <message>
            <source>Portfolio</source>
            <translation>投资组合</translation>
        </message>
        <message>
            <source>New trade</source>
            <translation>新交易</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Paper order</source>
            <translation>模拟订单</translation>
        </message>
        <message>
            <source>Export trades CSV…</source>
            <translation>导出交易 CSV…</translation>
        </message>
        <message>
            <source>trades</source>
            <translation>笔交易</translation>
        </message>
        <message>
            <source>Export journal</source>
            <translation>导出交易日志</translation>
        </message>
        <message>
            <source>As Markdown…</source>
            <translation>导出为 Markdown…</translation>
        </message>
        <message>
            <source>As PDF…</source>
            <translation>导出为 PDF…</translation>
        </message>
        <message>
            <source>%1 (paper)</source>
            <translation>%1（模拟）</translation>
        </message>
        <message>
            <source>Trade</source>
            <translation>交易</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>交易对</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>方向</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Entry (UTC)</source>
            <translation>入场 (UTC)</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>入场</translation>
        </message>
        <message>
            <source>Exit</source>
            <translation>出场</translation>
        </message>
        <message>
            <source>P&amp;L</source>
            <translation>盈亏</translation>
        </message>
        <message>
            <source>R</source>
            <translation>R</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Log trade</source>
            <translation>记录交易</translation>
        </message>
        <message>
            <source>Create a portfolio first (cryptolens-cli portfolio create).</source>
            <translation>请先创建投资组合（cryptolens-cli portfolio create）。</translation>
        </message>
        <message>
            <source>Edit trade</source>
            <translation>编辑交易</translation>
        </message>
        <message>
            <source>no portfolio selected</source>
            <translation>未选择投资组合</translation>
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
                <numerusform>已写入，有 %n 条警告：
</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cl::ui::PositionsDock</name>
        <message>
            <source>Positions</source>
            <translation>持仓</translation>
        </message>
        <message>
            <source>Close at market</source>
            <translation>按市价平仓</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>图表</translation>
        </message>
        <message>
            <source>select a position</source>
            <translation>请选择一个持仓</translation>
        </message>
        <message numerus="yes">
            <source>%n open position(s), unrealized %1</source>
            <translation>
                <numerusform>%n 个持仓，未实现盈亏 %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cl::ui::PositionsModel</name>
        <message>
            <source>%1 (paper)</source>
            <translation>%1（模拟）</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>General</source>
            <translation>常规</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>分析</translation>
        </message>
        <message>
            <source>Per timeframe</source>
            <translation>按周期</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>系统语言</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <source>System size</source>
            <translation>系统字号</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> 磅</translation>
        </message>
        <message>
            <source>UTC</source>
            <translation>UTC</translation>
        </message>
        <message>
            <source>Local time</source>
            <translation>本地时间</translation>
        </message>
        <message>
            <source>Keep running in the system tray when the window is closed</source>
            <translation>关闭窗口后在系统托盘中继续运行</translation>
        </message>
        <message>
            <source>Record raw trades of newly watched symbols</source>
            <translation>记录新关注交易对的逐笔成交</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>Language (after restart):</source>
            <translation>语言（重启后生效）：</translation>
        </message>
        <message>
            <source>Theme:</source>
            <translation>主题：</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>字号：</translation>
        </message>
        <message>
            <source>Chart time axis:</source>
            <translation>图表时间轴：</translation>
        </message>
        <message>
            <source>Metrics year:</source>
            <translation>指标年化天数：</translation>
        </message>
        <message>
            <source>Minimum zone size (%):</source>
            <translation>最小区间大小（%）：</translation>
        </message>
        <message>
            <source>Order block: body average period:</source>
            <translation>订单块：实体均值周期：</translation>
        </message>
        <message>
            <source>Order block: body strength (× average):</source>
            <translation>订单块：实体强度（× 均值）：</translation>
        </message>
        <message>
            <source>Order block: candles scanned back:</source>
            <translation>订单块：向前扫描K线数：</translation>
        </message>
        <message>
            <source>Sweep: first candle index:</source>
            <translation>扫荡：首根K线索引：</translation>
        </message>
        <message>
            <source>Sweep: swing radius:</source>
            <translation>扫荡：摆动半径：</translation>
        </message>
        <message>
            <source>Sweep: lookback (candles):</source>
            <translation>扫荡：回看K线数：</translation>
        </message>
        <message>
            <source>Sweep: invalidated beyond (zone sizes):</source>
            <translation>扫荡：超出即失效（区间倍数）：</translation>
        </message>
        <message>
            <source>Sweep: filled beyond (zone sizes):</source>
            <translation>扫荡：超出即回补（区间倍数）：</translation>
        </message>
        <message>
            <source>ATR period:</source>
            <translation>ATR 周期：</translation>
        </message>
        <message>
            <source>Levels: window (candles):</source>
            <translation>价位：窗口（K线数）：</translation>
        </message>
        <message>
            <source>Levels: swing radius:</source>
            <translation>价位：摆动半径：</translation>
        </message>
        <message>
            <source>Signals: minimum confluence:</source>
            <translation>信号：最低共振数：</translation>
        </message>
        <message>
            <source>Signals: cooldown (hours):</source>
            <translation>信号：冷却时间（小时）：</translation>
        </message>
        <message>
            <source>Signals: stop buffer (× ATR):</source>
            <translation>信号：止损缓冲（× ATR）：</translation>
        </message>
        <message>
            <source>Signals: minimum stop buffer (%):</source>
            <translation>信号：最小止损缓冲（%）：</translation>
        </message>
        <message>
            <source>Signals: minimum risk (% of entry):</source>
            <translation>信号：最小风险（入场价的 %）：</translation>
        </message>
        <message>
            <source>Signals: reward for TP3 (× risk):</source>
            <translation>信号：TP3 的收益（× 风险）：</translation>
        </message>
        <message>
            <source>Signals: target that closes a trade (1–3):</source>
            <translation>信号：平仓目标（1–3）：</translation>
        </message>
        <message>
            <source>A signal needs a higher-timeframe pattern</source>
            <translation>信号需要更高周期的形态确认</translation>
        </message>
        <message>
            <source>Matrix timeframes:</source>
            <translation>矩阵周期：</translation>
        </message>
        <message>
            <source>Higher timeframes:</source>
            <translation>高级别周期：</translation>
        </message>
        <message>
            <source>Zone overlap threshold</source>
            <translation>区间重叠阈值</translation>
        </message>
        <message>
            <source>Pattern expiry (hours)</source>
            <translation>形态有效期（小时）</translation>
        </message>
        <message>
            <source>choose at least one matrix timeframe</source>
            <translation>请至少选择一个矩阵周期</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>未保存：%1</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>图表</translation>
        </message>
        <message>
            <source>Restore the analysis defaults of the specification and the chart's indicator periods</source>
            <translation>恢复规范中的分析默认值和图表的指标周期</translation>
        </message>
        <message>
            <source>Indicator periods of new charts and of charts without periods of their own:</source>
            <translation>新图表及没有自定义周期的图表所用的指标周期：</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::ShortcutEditor</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>快捷键</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>These shortcuts are used twice; change one of each before saving:
%1</source>
            <translation>以下快捷键被重复使用；保存前请修改其中之一：
%1</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::SignalDetailsPane</name>
        <message>
            <source>Select a signal to see its details.</source>
            <translation>选择一个信号以查看详情。</translation>
        </message>
        <message>
            <source>Long</source>
            <translation>做多</translation>
        </message>
        <message>
            <source>Short</source>
            <translation>做空</translation>
        </message>
        <message>
            <source>Fair value gap</source>
            <translation>公允价值缺口</translation>
        </message>
        <message>
            <source>Order block</source>
            <translation>订单块</translation>
        </message>
        <message>
            <source>Liquidity sweep</source>
            <translation>流动性扫荡</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <source>%1 UTC</source>
            <translation>%1 UTC</translation>
        </message>
        <message>
            <source>Confluence</source>
            <translation>共振</translation>
        </message>
        <message>
            <source>Aligned timeframes</source>
            <translation>共振周期</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>入场</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>止损</translation>
        </message>
        <message>
            <source>TP1</source>
            <translation>止盈1</translation>
        </message>
        <message>
            <source>%1 (R:R %2)</source>
            <translation>%1（盈亏比 %2）</translation>
        </message>
        <message>
            <source>TP2</source>
            <translation>止盈2</translation>
        </message>
        <message>
            <source>TP3</source>
            <translation>止盈3</translation>
        </message>
        <message>
            <source>Source pattern</source>
            <translation>来源形态</translation>
        </message>
        <message>
            <source>%1 on %2, detected %3 UTC</source>
            <translation>%2 上的%1，检测于 %3 UTC</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::SignalListModel</name>
        <message>
            <source>Pending</source>
            <translation>待定</translation>
        </message>
        <message>
            <source>Notified</source>
            <translation>已通知</translation>
        </message>
        <message>
            <source>Filled</source>
            <translation>已成交</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>已止损</translation>
        </message>
        <message>
            <source>Target hit</source>
            <translation>已达目标</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <source>Long</source>
            <translation>做多</translation>
        </message>
        <message>
            <source>Short</source>
            <translation>做空</translation>
        </message>
        <message>
            <source>Created (UTC)</source>
            <translation>创建时间 (UTC)</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>交易所</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>交易对</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <source>Confluence</source>
            <translation>共振</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>入场</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>止损</translation>
        </message>
        <message>
            <source>TP1</source>
            <translation>止盈1</translation>
        </message>
        <message>
            <source>TP2</source>
            <translation>止盈2</translation>
        </message>
        <message>
            <source>TP3</source>
            <translation>止盈3</translation>
        </message>
        <message>
            <source>R:R</source>
            <translation>盈亏比</translation>
        </message>
        <message>
            <source>Timeframes</source>
            <translation>周期</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::SignalListView</name>
        <message>
            <source>&amp;Log trade...</source>
            <translation>记录交易(&amp;L)...</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>交易对</translation>
        </message>
        <message>
            <source>Any direction</source>
            <translation>任意方向</translation>
        </message>
        <message>
            <source>Long</source>
            <translation>做多</translation>
        </message>
        <message>
            <source>Short</source>
            <translation>做空</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>任意状态</translation>
        </message>
        <message>
            <source>Confluence ≥ </source>
            <translation>共振 ≥ </translation>
        </message>
        <message>
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::TagManagerDialog</name>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Add tag…</source>
            <translation>添加标签…</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>颜色…</translation>
        </message>
        <message>
            <source>a tag needs a name</source>
            <translation>标签需要名称</translation>
        </message>
        <message>
            <source>'%1' is not a colour</source>
            <translation>“%1”不是颜色</translation>
        </message>
        <message>
            <source>New tag</source>
            <translation>新标签</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Tag colour</source>
            <translation>标签颜色</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::ToastStack</name>
        <message>
            <source>Click to open the chart</source>
            <translation>点击打开图表</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::TradeDialog</name>
        <message>
            <source>New trade</source>
            <translation>新交易</translation>
        </message>
        <message>
            <source>Long</source>
            <translation>做多</translation>
        </message>
        <message>
            <source>Short</source>
            <translation>做空</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>comma separated</source>
            <translation>以逗号分隔</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>交易对</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <source>Entry price</source>
            <translation>入场价</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Entry fee</source>
            <translation>开仓手续费</translation>
        </message>
        <message>
            <source>Entry time</source>
            <translation>入场时间</translation>
        </message>
        <message>
            <source>Stop loss</source>
            <translation>止损</translation>
        </message>
        <message>
            <source>Take profit</source>
            <translation>止盈</translation>
        </message>
        <message>
            <source>Timeframe</source>
            <translation>周期</translation>
        </message>
        <message>
            <source>Pattern</source>
            <translation>形态</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>风险</translation>
        </message>
        <message>
            <source>Log trade</source>
            <translation>记录交易</translation>
        </message>
        <message>
            <source>TP%1 %2</source>
            <translation>止盈%1 %2</translation>
        </message>
        <message>
            <source>Edit trade %1</source>
            <translation>编辑交易 %1</translation>
        </message>
        <message>
            <source>%1 at risk</source>
            <translation>风险 %1</translation>
        </message>
        <message>
            <source> (%1 of the account)</source>
            <translation>（占账户的 %1）</translation>
        </message>
        <message>
            <source>Symbol: %1</source>
            <translation>交易对：%1</translation>
        </message>
        <message>
            <source>Stop loss: a %1 trade's stop must be %2 the entry</source>
            <translation>止损：%1 交易的止损必须%2入场价</translation>
        </message>
        <message>
            <source>below</source>
            <translation>低于</translation>
        </message>
        <message>
            <source>above</source>
            <translation>高于</translation>
        </message>
        <message>
            <source>Take profit: a %1 trade's target must be %2 the entry</source>
            <translation>止盈：%1 交易的目标必须%2入场价</translation>
        </message>
        <message>
            <source>Quantity: more than 0 for a trade with an entry price</source>
            <translation>数量：有入场价的交易必须大于 0</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>交易所</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::TrayNotifier</name>
        <message>
            <source>CryptoLens alert</source>
            <translation>CryptoLens 警报</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::WatchlistDock</name>
        <message>
            <source>Watchlist</source>
            <translation>自选列表</translation>
        </message>
        <message>
            <source>Symbol, e.g. BTC/USDT</source>
            <translation>交易对，例如 BTC/USDT</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>分组</translation>
        </message>
        <message>
            <source>Add the symbol to the watchlist</source>
            <translation>将交易对加入自选列表</translation>
        </message>
        <message>
            <source>Remove the selected symbol</source>
            <translation>移除所选交易对</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>交易对</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>交易所</translation>
        </message>
        <message>
            <source>"%1" is not a valid symbol: %2</source>
            <translation>“%1”不是有效的交易对：%2</translation>
        </message>
        <message>
            <source>%1 does not list %2</source>
            <translation>%1 没有上架 %2</translation>
        </message>
        <message>
            <source>%1 is already on the watchlist</source>
            <translation>%1 已在自选列表中</translation>
        </message>
        <message>
            <source>Ungrouped</source>
            <translation>未分组</translation>
        </message>
        <message>
            <source>The watchlist could not be saved: %1</source>
            <translation>无法保存自选列表：%1</translation>
        </message>
        <message>
            <source>The watchlist could not be loaded: %1</source>
            <translation>无法加载自选列表：%1</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>CryptoLens: a native crypto trading workstation.</source>
            <translation>CryptoLens：原生加密货币交易工作站。</translation>
        </message>
        <message>
            <source>Keep the database, settings and log in DIR instead of the default data folder.</source>
            <translation>将数据库、设置和日志保存在 DIR 中，而不是默认数据文件夹。</translation>
        </message>
        <message>
            <source>Run offline against the built-in simulated exchange (in a temporary data folder unless --data-dir is given).</source>
            <translation>离线运行于内置的模拟交易所（除非指定 --data-dir，否则使用临时数据文件夹）。</translation>
        </message>
        <message>
            <source>Render the main window to the PNG FILE and exit (with --demo, after the demo has run a few seconds).</source>
            <translation>将主窗口渲染为 PNG 文件 FILE 后退出（与 --demo 一起使用时，在演示运行几秒后）。</translation>
        </message>
        <message>
            <source>Seconds to wait before --screenshot (default 3, 12 with --demo).</source>
            <translation>执行 --screenshot 前等待的秒数（默认 3，与 --demo 一起时为 12）。</translation>
        </message>
    </context>
    <context>
        <name>cl::ui::JournalTradeMarkers</name>
        <message>
            <source>Long</source>
            <translation>做多</translation>
        </message>
        <message>
            <source>Short</source>
            <translation>做空</translation>
        </message>
        <message>
            <source>Exit</source>
            <translation>离场</translation>
        </message>
    </context>
</TS>
