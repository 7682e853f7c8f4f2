#pragma once

// Private to core/market (includes simdjson through jsonreader.h).

#include "jsonreader.h"
#include "model/candle.h"

namespace cl::market::detail {

// The context an adapter reads a REST body in. Problems inside a row (between beginRow and endRow) reject
// only that row; anything else, and broken JSON anywhere, makes the whole body unusable.
class RestReader final : public JsonReader
{
public:
    RestReader(od::document &doc, QString context);

    bool fail(ParseErrorKind kind, const QString &detail) override;
    bool bodyFailed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    od::document &document() { return m_doc; }
    bool rootObject(od::object &out);
    bool rootArray(od::array &out);
    bool expectEnd();

    // Fills candle from the texts of a row: time in units of timeScaleMs (1000 for seconds), prices and
    // volume as decimals. Signs and consistency are checked later for every exchange alike.
    bool candleFromText(model::Candle &candle, std::string_view time, qint64 timeScaleMs, std::string_view open,
                        std::string_view high, std::string_view low, std::string_view close, std::string_view volume);

    void beginRow(int index);
    // The row's problem (empty when it read cleanly); leaves row mode.
    QString endRow();

    QString utf8(std::string_view text) const { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

private:
    od::document &m_doc;
    QString m_context;
    QString m_error;
    int m_row = -1;
    QString m_rowProblem;
};

} // namespace cl::market::detail
