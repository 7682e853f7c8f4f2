#include "jsonreader.h"

#include "feedvalues.h"

#include <cstring>

namespace cl::market::detail {

namespace {

std::string_view trimRight(std::string_view token)
{
    while (!token.empty() && (token.back() == ' ' || token.back() == '\t' || token.back() == '\n' || token.back() == '\r'))
        token.remove_suffix(1);
    return token;
}

// The inside of a quoted token, or nothing when the token is not a string or holds an escape.
bool unquote(std::string_view token, std::string_view &out)
{
    if (token.size() < 2 || token.front() != '"' || token.back() != '"')
        return false;
    out = token.substr(1, token.size() - 2);
    return out.find('\\') == std::string_view::npos;
}

bool digit(char c)
{
    return c >= '0' && c <= '9';
}

// The JSON number grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?. On Demand does not check tokens
// it is not asked to convert, and we convert number text ourselves.
bool isJsonNumber(std::string_view t)
{
    size_t i = 0;
    const size_t n = t.size();
    if (i < n && t[i] == '-')
        ++i;
    if (i >= n || !digit(t[i]))
        return false;
    if (t[i] == '0')
        ++i;
    else
        while (i < n && digit(t[i]))
            ++i;
    if (i < n && t[i] == '.') {
        if (++i >= n || !digit(t[i]))
            return false;
        while (i < n && digit(t[i]))
            ++i;
    }
    if (i < n && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        if (i < n && (t[i] == '+' || t[i] == '-'))
            ++i;
        if (i >= n || !digit(t[i]))
            return false;
        while (i < n && digit(t[i]))
            ++i;
    }
    return i == n;
}

bool isJsonLiteral(std::string_view t)
{
    return t == "true" || t == "false" || t == "null";
}

} // namespace

simdjson::error_code JsonEngine::load(QByteArrayView bytes, od::document &doc)
{
    const size_t size = size_t(bytes.size());
    const size_t needed = size + simdjson::SIMDJSON_PADDING;
    if (needed > m_capacity) {
        m_buffer.reset(new char[needed]);
        m_capacity = needed;
    }
    if (size > 0)
        std::memcpy(m_buffer.get(), bytes.data(), size);
    // simdjson may read (never use) the padding; zeroing it keeps runs deterministic under sanitizers.
    std::memset(m_buffer.get() + size, 0, simdjson::SIMDJSON_PADDING);
    return m_parser.iterate(m_buffer.get(), size, m_capacity).get(doc);
}

std::string_view keyOf(od::field &field)
{
    // raw() points just past the opening quote; the closing quote exists because stage 1 validated strings.
    const char *start = field.key().raw();
    const char *end = start;
    while (*end != '"')
        ++end;
    return {start, size_t(end - start)};
}

bool JsonReader::malformed(simdjson::error_code code)
{
    return fail(ParseErrorKind::Malformed,
                QStringLiteral("invalid or truncated JSON (%1)").arg(QString::fromUtf8(simdjson::error_message(code))));
}

bool JsonReader::missing(std::string_view what)
{
    return fail(ParseErrorKind::MissingField, QStringLiteral("missing %1").arg(name(what)));
}

bool JsonReader::once(quint64 &seen, int bit, std::string_view key)
{
    const quint64 mask = quint64(1) << bit;
    if (seen & mask)
        return fail(ParseErrorKind::DuplicateField, QStringLiteral("key '%1' appears twice").arg(name(key)));
    seen |= mask;
    return true;
}

bool JsonReader::field(simdjson::simdjson_result<od::field> &&item, od::field &out)
{
    const simdjson::error_code code = std::move(item).get(out);
    return code ? malformed(code) : true;
}

bool JsonReader::element(simdjson::simdjson_result<od::value> &&item, od::value &out)
{
    const simdjson::error_code code = std::move(item).get(out);
    return code ? malformed(code) : true;
}

bool JsonReader::object(od::value &value, std::string_view key, od::object &out)
{
    const simdjson::error_code code = value.get_object().get(out);
    if (code == simdjson::INCORRECT_TYPE)
        return fail(ParseErrorKind::BadValue, QStringLiteral("'%1' must be an object").arg(name(key)));
    return code ? malformed(code) : true;
}

bool JsonReader::array(od::value &value, std::string_view key, od::array &out)
{
    const simdjson::error_code code = value.get_array().get(out);
    if (code == simdjson::INCORRECT_TYPE)
        return fail(ParseErrorKind::BadValue, QStringLiteral("'%1' must be an array").arg(name(key)));
    return code ? malformed(code) : true;
}

bool JsonReader::plainString(od::value &value, std::string_view key, std::string_view &out)
{
    const std::string_view token = trimRight(value.raw_json_token());
    if (!unquote(token, out))
        return fail(ParseErrorKind::BadValue,
                    QStringLiteral("'%1' must be a plain string, got %2").arg(name(key), excerpt(token)));
    return true;
}

bool JsonReader::text(od::value &value, std::string_view key, std::string_view &out)
{
    const simdjson::error_code code = value.get_string().get(out);
    if (code == simdjson::INCORRECT_TYPE)
        return fail(ParseErrorKind::BadValue, QStringLiteral("'%1' must be a string").arg(name(key)));
    return code ? malformed(code) : true;
}

bool JsonReader::integer(od::value &value, std::string_view key, qint64 &out)
{
    int64_t parsed = 0;
    if (value.get_int64().get(parsed) != simdjson::SUCCESS)
        return fail(ParseErrorKind::BadValue,
                    QStringLiteral("'%1' must be an integer, got %2")
                        .arg(name(key), excerpt(trimRight(value.raw_json_token()))));
    out = parsed;
    return true;
}

bool JsonReader::integerText(od::value &value, std::string_view key, qint64 &out)
{
    const std::string_view token = trimRight(value.raw_json_token());
    std::string_view digits = token;
    if (!token.empty() && token.front() == '"' && !unquote(token, digits))
        digits = {};
    const std::optional<qint64> parsed = parseInteger(digits);
    if (!parsed)
        return fail(ParseErrorKind::BadValue,
                    QStringLiteral("'%1' must be an integer, got %2").arg(name(key), excerpt(token)));
    out = *parsed;
    return true;
}

bool JsonReader::boolean(od::value &value, std::string_view key, bool &out)
{
    if (value.get_bool().get(out) != simdjson::SUCCESS)
        return fail(ParseErrorKind::BadValue,
                    QStringLiteral("'%1' must be true or false, got %2")
                        .arg(name(key), excerpt(trimRight(value.raw_json_token()))));
    return true;
}

bool JsonReader::decimalText(od::value &value, std::string_view key, std::string_view &out)
{
    const std::string_view token = trimRight(value.raw_json_token());
    if (!token.empty() && token.front() == '"') {
        if (unquote(token, out))
            return true;
    } else if (isJsonNumber(token)) {
        out = token;
        return true;
    } else if (!token.empty() && !isJsonLiteral(token) && token.front() != '{' && token.front() != '[') {
        return fail(ParseErrorKind::Malformed, QStringLiteral("'%1' holds no JSON value: %2").arg(name(key), excerpt(token)));
    }
    return fail(ParseErrorKind::BadValue,
                QStringLiteral("'%1' must be a decimal number, got %2").arg(name(key), excerpt(token)));
}

bool JsonReader::scalarText(od::value &value, std::string_view key, std::string_view &out)
{
    const std::string_view token = trimRight(value.raw_json_token());
    if (!token.empty() && token.front() == '"') {
        if (unquote(token, out))
            return true;
    } else if (isJsonNumber(token) || isJsonLiteral(token)) {
        out = token;
        return true;
    } else if (!token.empty() && token.front() != '{' && token.front() != '[') {
        return fail(ParseErrorKind::Malformed, QStringLiteral("'%1' holds no JSON value: %2").arg(name(key), excerpt(token)));
    }
    return fail(ParseErrorKind::BadValue,
                QStringLiteral("'%1' must be a plain string or number, got %2").arg(name(key), excerpt(token)));
}

bool JsonReader::peekString(od::object &obj, std::string_view key, std::string_view &out, bool &found)
{
    od::value value;
    const simdjson::error_code code = obj.find_field_unordered(key).get(value);
    found = code == simdjson::SUCCESS;
    if (code && code != simdjson::NO_SUCH_FIELD)
        return malformed(code);
    if (found && !plainString(value, key, out))
        return false;
    return rewind(obj);
}

bool JsonReader::rewind(od::object &obj)
{
    bool dummy = false;
    const simdjson::error_code code = obj.reset().get(dummy);
    return code ? malformed(code) : true;
}

bool JsonReader::isNull(od::value &value)
{
    return trimRight(value.raw_json_token()) == "null";
}

int JsonReader::scalarRow(od::value &row, std::string_view *fields, int maxFields)
{
    od::array array;
    if (!this->array(row, "row", array))
        return -1;
    int count = 0;
    for (auto item : array) {
        od::value value;
        if (!element(std::move(item), value))
            return -1;
        if (count < maxFields && !scalarText(value, "row field", fields[count]))
            return -1;
        ++count;
    }
    return count;
}

bool JsonReader::price(std::string_view text, std::string_view what, double &out)
{
    const std::optional<double> parsed = parseDecimal(text);
    if (!parsed || *parsed <= 0.0)
        return fail(ParseErrorKind::BadPrice,
                    QStringLiteral("%1 '%2' is not a positive number").arg(name(what), excerpt(text)));
    out = *parsed;
    return true;
}

bool JsonReader::quantity(std::string_view text, std::string_view what, double &out)
{
    const std::optional<double> parsed = parseDecimal(text);
    if (!parsed || *parsed <= 0.0)
        return fail(ParseErrorKind::BadSize,
                    QStringLiteral("%1 '%2' is not a positive number").arg(name(what), excerpt(text)));
    out = *parsed;
    return true;
}

bool JsonReader::volume(std::string_view text, std::string_view what, double &out)
{
    const std::optional<double> parsed = parseDecimal(text);
    if (!parsed || *parsed < 0.0)
        return fail(ParseErrorKind::BadSize,
                    QStringLiteral("%1 '%2' is negative or not a number").arg(name(what), excerpt(text)));
    out = *parsed;
    return true;
}

} // namespace cl::market::detail
