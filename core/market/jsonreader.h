#pragma once

// Private to core/market: only .cpp files include this, so simdjson stays a PRIVATE dependency.

#include "parsedframe.h"

#include <simdjson.h>

#include <QByteArrayView>
#include <QString>

#include <memory>
#include <string_view>

namespace cl::market::detail {

namespace od = simdjson::ondemand;

// A reusable simdjson On Demand parser plus the padded copy of the input it needs. After the first frames
// neither grows, so the trade path allocates nothing here.
class JsonEngine
{
public:
    simdjson::error_code load(QByteArrayView bytes, od::document &doc);

private:
    od::parser m_parser;
    std::unique_ptr<char[]> m_buffer;
    size_t m_capacity = 0;
};

// The text of a field's key as it stands in the JSON. Keys we look for never contain escapes; a key with
// one simply matches none of them.
std::string_view keyOf(od::field &field);

// Reads typed values and turns each failure into a reason naming the field. Every reader returns false
// after recording the first problem through fail().
class JsonReader
{
public:
    virtual ~JsonReader() = default;
    virtual bool fail(ParseErrorKind kind, const QString &detail) = 0;

    bool malformed(simdjson::error_code code);
    bool missing(std::string_view what);
    // Marks bit in seen; a key met twice makes the object ambiguous and is rejected.
    bool once(quint64 &seen, int bit, std::string_view key);

    bool field(simdjson::simdjson_result<od::field> &&item, od::field &out);
    bool element(simdjson::simdjson_result<od::value> &&item, od::value &out);
    bool object(od::value &value, std::string_view key, od::object &out);
    bool array(od::value &value, std::string_view key, od::array &out);
    // A string without escapes, returned without copying (decimal prices, ids, event names).
    bool plainString(od::value &value, std::string_view key, std::string_view &out);
    // Any string, unescaped (messages).
    bool text(od::value &value, std::string_view key, std::string_view &out);
    bool integer(od::value &value, std::string_view key, qint64 &out);
    // An integer sent as a string ("1709294401234") or as a number.
    bool integerText(od::value &value, std::string_view key, qint64 &out);
    bool boolean(od::value &value, std::string_view key, bool &out);
    // A decimal sent as a string ("61234.5") or as a JSON number (Kraken): its exact text.
    bool decimalText(od::value &value, std::string_view key, std::string_view &out);
    // A string without escapes, or the raw text of any other scalar (ids sent either way).
    bool scalarText(od::value &value, std::string_view key, std::string_view &out);
    bool isNull(od::value &value);
    // Reads an array row of scalars (strings unquoted, numbers as their text) into fields; returns the
    // number of elements (only the first maxFields are kept) or -1 after recording the problem.
    int scalarRow(od::value &row, std::string_view *fields, int maxFields);

    // Calls fn(key, value) for every field; stops at the first false.
    template <typename Fn>
    bool forEachField(od::object &object, Fn &&fn)
    {
        for (auto item : object) {
            od::field member;
            if (!field(std::move(item), member))
                return false;
            if (!fn(keyOf(member), member.value()))
                return false;
        }
        return true;
    }
    // Calls fn(value) for every element of the array in value; stops at the first false.
    template <typename Fn>
    bool forEachElement(od::value &value, std::string_view key, Fn &&fn)
    {
        od::array items;
        if (!array(value, key, items))
            return false;
        for (auto item : items) {
            od::value member;
            if (!element(std::move(item), member))
                return false;
            if (!fn(member))
                return false;
        }
        return true;
    }
    // Calls fn(object) for every element of the array in value, each of which must be an object.
    template <typename Fn>
    bool forEachObject(od::value &value, std::string_view key, Fn &&fn)
    {
        return forEachElement(value, key, [&](od::value &member) {
            od::object obj;
            return object(member, key, obj) && fn(obj);
        });
    }
    // Finds key in obj before the main pass (it decides how the rest is read), then rewinds obj.
    // found is false when the key is absent. The main pass still sees the key (and checks duplicates).
    bool peekString(od::object &obj, std::string_view key, std::string_view &out, bool &found);
    bool rewind(od::object &obj);

    // Conversions of decimal text: price and quantity must be finite and > 0, volume finite and >= 0.
    bool price(std::string_view text, std::string_view what, double &out);
    bool quantity(std::string_view text, std::string_view what, double &out);
    bool volume(std::string_view text, std::string_view what, double &out);

protected:
    static QString name(std::string_view key) { return QString::fromUtf8(key.data(), qsizetype(key.size())); }
};

} // namespace cl::market::detail
