#include "restreader.h"

#include "feedvalues.h"

#include <limits>

namespace cl::market::detail {

RestReader::RestReader(od::document &doc, QString context) : m_doc(doc), m_context(std::move(context)) {}

bool RestReader::fail(ParseErrorKind kind, const QString &detail)
{
    if (m_row >= 0 && kind != ParseErrorKind::Malformed) {
        if (m_rowProblem.isEmpty())
            m_rowProblem = QStringLiteral("row %1: %2").arg(m_row).arg(detail);
        return false;
    }
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1: %2").arg(m_context, detail);
    return false;
}

bool RestReader::rootObject(od::object &out)
{
    const simdjson::error_code code = m_doc.get_object().get(out);
    if (code == simdjson::INCORRECT_TYPE)
        return fail(ParseErrorKind::Malformed, QStringLiteral("expected a JSON object"));
    return code ? malformed(code) : true;
}

bool RestReader::rootArray(od::array &out)
{
    const simdjson::error_code code = m_doc.get_array().get(out);
    if (code == simdjson::INCORRECT_TYPE)
        return fail(ParseErrorKind::Malformed, QStringLiteral("expected a JSON array"));
    return code ? malformed(code) : true;
}

bool RestReader::expectEnd()
{
    if (m_doc.current_location().error() != simdjson::OUT_OF_BOUNDS)
        return fail(ParseErrorKind::Malformed, QStringLiteral("unexpected bytes after the JSON value"));
    return true;
}

bool RestReader::candleFromText(model::Candle &candle, std::string_view time, qint64 timeScaleMs,
                                std::string_view open, std::string_view high, std::string_view low,
                                std::string_view close, std::string_view volume)
{
    const std::optional<qint64> start = parseInteger(time);
    if (!start || *start > std::numeric_limits<qint64>::max() / timeScaleMs || *start < 0)
        return fail(ParseErrorKind::BadValue, QStringLiteral("open time '%1' is not a valid time").arg(excerpt(time)));
    candle.openTime = *start * timeScaleMs;
    const struct
    {
        const char *name;
        std::string_view text;
        double *target;
    } values[] = {{"open", open, &candle.open},
                  {"high", high, &candle.high},
                  {"low", low, &candle.low},
                  {"close", close, &candle.close},
                  {"volume", volume, &candle.volume}};
    for (const auto &value : values) {
        const std::optional<double> parsed = parseDecimal(value.text);
        if (!parsed)
            return fail(ParseErrorKind::BadValue,
                        QStringLiteral("%1 '%2' is not a number").arg(QLatin1String(value.name), excerpt(value.text)));
        *value.target = *parsed;
    }
    return true;
}

void RestReader::beginRow(int index)
{
    m_row = index;
    m_rowProblem.clear();
}

QString RestReader::endRow()
{
    m_row = -1;
    return std::exchange(m_rowProblem, QString());
}

} // namespace cl::market::detail
