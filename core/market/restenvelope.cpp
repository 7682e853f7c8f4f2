#include "restenvelope.h"

#include <string>

namespace cl::market::detail {

namespace {

QString latin1(std::string_view text)
{
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

} // namespace

bool readKlineEnvelope(RestReader &r, const RestEnvelope &envelope, std::vector<RawKlineRow> &rows,
                       const KlineRowReader &readRow)
{
    od::object root;
    if (!r.rootObject(root))
        return false;
    std::string_view codeText, message;
    qint64 codeNumber = -1;
    bool sawRows = false;
    int index = 0;
    const auto readRows = [&](od::value &list, std::string_view key) {
        sawRows = true;
        return r.forEachElement(list, key, [&](od::value &row) {
            RawKlineRow raw;
            raw.index = ++index;
            r.beginRow(raw.index);
            readRow(r, row, raw);
            raw.problem = r.endRow();
            rows.push_back(std::move(raw));
            return !r.bodyFailed();
        });
    };
    const bool read = r.forEachField(root, [&](std::string_view key, od::value &v) {
        if (key == envelope.codeKey)
            return envelope.integerCode ? r.integer(v, key, codeNumber) : r.scalarText(v, key, codeText);
        if (key == envelope.messageKey)
            return r.text(v, key, message);
        if (key != envelope.dataKey)
            return true;
        if (envelope.listKey.empty())
            return readRows(v, key);
        od::object data;
        return r.object(v, key, data) && r.forEachField(data, [&](std::string_view inner, od::value &list) {
            return inner == envelope.listKey ? readRows(list, inner) : true;
        });
    });
    if (!read)
        return false;
    const QString code = envelope.integerCode ? QString::number(codeNumber) : r.utf8(codeText);
    if (code != latin1(envelope.successCode))
        return r.fail(ParseErrorKind::BadValue,
                      QStringLiteral("%1 %2: %3").arg(latin1(envelope.codeKey), code, r.utf8(message)));
    if (sawRows)
        return true;
    if (envelope.listKey.empty())
        return r.missing(envelope.dataKey);
    const std::string path = std::string(envelope.dataKey) + '.' + std::string(envelope.listKey);
    return r.missing(path);
}

} // namespace cl::market::detail
