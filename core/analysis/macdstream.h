#pragma once

#include "indicators.h"

namespace cl::analysis {

// Streaming MACD(fast, slow, signal) with TA-Lib's seeding: both EMAs seeded at index slow-1 (the fast one
// from the `fast` closes ending there), the signal EMA seeded with the mean of the first `signal` MACD values.
// All three outputs exist from index (slow-1)+(signal-1).
class MacdStream
{
public:
    struct Value
    {
        double macd = kNaN;
        double signal = kNaN;
        double hist = kNaN;
    };

    MacdStream(int fast = 12, int slow = 26, int signal = 9)
        : m_fast(fast)
        , m_slow(slow)
        , m_signal(signal)
        , m_kFast(2.0 / double(fast + 1))
        , m_kSlow(2.0 / double(slow + 1))
        , m_kSignal(2.0 / double(signal + 1))
    {
    }

    const Value &update(double close)
    {
        if (m_fast < 1 || m_slow <= m_fast || m_signal < 1)
            return m_value;
        const int index = m_count++;
        const int seed = m_slow - 1;
        if (index < seed) {
            m_slowEma += close; // seed sums
            if (index >= m_slow - m_fast)
                m_fastEma += close;
            return m_value;
        }
        if (index == seed) {
            m_slowEma = (m_slowEma + close) / double(m_slow);
            m_fastEma = (m_fastEma + close) / double(m_fast);
        } else {
            m_fastEma = m_fastEma + (close - m_fastEma) * m_kFast;
            m_slowEma = m_slowEma + (close - m_slowEma) * m_kSlow;
        }
        const double line = m_fastEma - m_slowEma;
        const int first = macdLookback(m_slow, m_signal);
        if (index < first) {
            m_signalEma += line;
            return m_value;
        }
        if (index == first)
            m_signalEma = (m_signalEma + line) / double(m_signal);
        else
            m_signalEma = m_signalEma + (line - m_signalEma) * m_kSignal;
        m_value = {line, m_signalEma, line - m_signalEma};
        return m_value;
    }
    const Value &value() const { return m_value; }
    void reset() { *this = MacdStream(m_fast, m_slow, m_signal); }

private:
    int m_fast;
    int m_slow;
    int m_signal;
    double m_kFast;
    double m_kSlow;
    double m_kSignal;
    int m_count = 0;
    double m_fastEma = 0.0; // the seed sum until index slow-1
    double m_slowEma = 0.0;
    double m_signalEma = 0.0;
    Value m_value;
};

} // namespace cl::analysis
