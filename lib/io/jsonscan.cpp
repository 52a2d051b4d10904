// The byte scan and the parser for well-formed input that parseJson() tries first
// (jsonscan_p.h).
#include "jsonscan_p.h"

#include <charconv>
#include <cstring>
#include <string_view>

namespace portolan::core::jsonscan {

Structure scanStructure(const char *p, const char *end, const JsonLimits &limits)
{
    Structure s;
    std::vector<std::pair<bool, int>> open; // per open container: an array?, its commas
    open.reserve(size_t(limits.maxDepth));
    while (p != end) {
        switch (*p++) {
        case '[':
        case '{':
            if (int(open.size()) == limits.maxDepth) {
                s.tooDeep = s.mayExceedSizes = true;
                return s;
            }
            open.push_back({p[-1] == '[', 0});
            break;
        case ',':
            if (!open.empty() && open.back().first && ++open.back().second >= limits.maxArrayItems)
                s.mayExceedSizes = true;
            break;
        case ']':
        case '}':
            if (!open.empty())
                open.pop_back(); // else a syntax error: the parser stops there
            break;
        case '"': {
            // A backslash escapes the next byte; an unterminated string ends the scan.
            const char *start = p;
            while (p != end && *p != '"') {
                if (*p == '\\' && ++p == end)
                    break;
                ++p;
            }
            if (p - start > limits.maxStringLength)
                s.mayExceedSizes = true;
            if (p != end)
                ++p; // the closing quote
            break;
        }
        default:
            break;
        }
    }
    return s;
}

namespace {

// A parser for the common case: well-formed JSON within the limits, as the programs write it.
// It builds the same document as nlohmann's parser (its lexer, which copies every byte into
// a token kept for error messages, and the scan above were half the cost of reading a large
// design) and gives up, returning false, on anything it is not sure about: a syntax error, a
// value near a limit, a duplicate key, a \u escape of a surrogate, a number that is not a
// small integer or a double that from_chars reads exactly. Then the caller parses the bytes
// again as before, so every error, and which one comes first, is unchanged.
class CommonCaseParser
{
public:
    CommonCaseParser(const char *begin, const char *end, const JsonLimits &limits)
        : m_p(begin), m_end(end), m_limits(limits) {}

    bool parse(nlohmann::json *out)
    {
        skipSpace();
        if (!value(*out, 0))
            return false;
        skipSpace();
        return m_p == m_end;
    }

private:
    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool literal(const char *word, size_t size)
    {
        if (size_t(m_end - m_p) < size || std::memcmp(m_p, word, size) != 0)
            return false;
        m_p += size;
        return true;
    }

    bool value(nlohmann::json &out, int depth)
    {
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '{':
            return object(out, depth + 1);
        case '[':
            return array(out, depth + 1);
        case '"': {
            out = nlohmann::json::value_t::string;
            return string(*out.get_ptr<nlohmann::json::string_t *>());
        }
        case 't':
            out = true;
            return literal("true", 4);
        case 'f':
            out = false;
            return literal("false", 5);
        case 'n':
            out = nullptr;
            return literal("null", 4);
        default:
            return number(out);
        }
    }

    bool object(nlohmann::json &out, int depth)
    {
        if (depth > m_limits.maxDepth)
            return false;
        ++m_p; // {
        out = nlohmann::json::value_t::object;
        auto &members = *out.get_ptr<nlohmann::json::object_t *>();
        skipSpace();
        if (m_p != m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        std::string key;
        for (;;) {
            if (m_p == m_end || *m_p != '"')
                return false;
            key.clear();
            if (!string(key))
                return false;
            skipSpace();
            if (m_p == m_end || *m_p != ':')
                return false;
            ++m_p;
            skipSpace();
            // Written objects have their keys in order: the hint makes each insertion O(1).
            const size_t before = members.size();
            auto it = members.emplace_hint(members.end(), std::move(key), nullptr);
            if (members.size() == before)
                return false; // a duplicate key: nlohmann keeps the last value
            if (!value(it->second, depth))
                return false;
            bool closed = false;
            if (!next('}', &closed))
                return false;
            if (closed)
                return true;
        }
    }

    bool array(nlohmann::json &out, int depth)
    {
        if (depth > m_limits.maxDepth)
            return false;
        ++m_p; // [
        out = nlohmann::json::value_t::array;
        auto &elements = *out.get_ptr<nlohmann::json::array_t *>();
        skipSpace();
        if (m_p != m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        for (;;) {
            if (elements.size() == size_t(m_limits.maxArrayItems))
                return false;
            elements.emplace_back();
            if (!value(elements.back(), depth))
                return false;
            bool closed = false;
            if (!next(']', &closed))
                return false;
            if (closed)
                return true;
        }
    }

    // After a member or an element: the closing bracket (*closed) or a comma and the spaces
    // after it; false on anything else.
    bool next(char close, bool *closed)
    {
        skipSpace();
        if (m_p == m_end)
            return false;
        if (*m_p == close) {
            ++m_p;
            *closed = true;
            return true;
        }
        if (*m_p != ',')
            return false;
        ++m_p;
        skipSpace();
        *closed = false;
        return true;
    }

    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // The length of the UTF-8 sequence at `p` (RFC 3629, as nlohmann's lexer checks it), or 0.
    int utf8Length(const unsigned char *p) const
    {
        const auto *end = reinterpret_cast<const unsigned char *>(m_end);
        const auto in = [&](int i, unsigned char lo, unsigned char hi) {
            return end - p > i && p[i] >= lo && p[i] <= hi;
        };
        const unsigned char c = p[0];
        if (c >= 0xC2 && c <= 0xDF)
            return in(1, 0x80, 0xBF) ? 2 : 0;
        if (c >= 0xE0 && c <= 0xEF) {
            const unsigned char lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
            return in(1, lo, hi) && in(2, 0x80, 0xBF) ? 3 : 0;
        }
        if (c >= 0xF0 && c <= 0xF4) {
            const unsigned char lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
            return in(1, lo, hi) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
        }
        return 0;
    }

    // At the opening quote; appends the unescaped text to `out`.
    bool string(std::string &out)
    {
        const char *open = ++m_p;
        const char *run = m_p; // the start of the bytes not yet appended
        for (;;) {
            if (m_p == m_end)
                return false;
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                if (m_p - open > m_limits.maxStringLength)
                    return false; // checkSizes() decides on the unescaped text
                out.append(run, m_p);
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c < 0x80) {
                if (c != '\\') {
                    ++m_p;
                    continue;
                }
                out.append(run, m_p);
                if (m_end - m_p < 2)
                    return false;
                switch (m_p[1]) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    if (m_end - m_p < 6)
                        return false;
                    int code = 0;
                    for (int i = 2; i < 6; ++i) {
                        const int d = hexDigit(m_p[i]);
                        if (d < 0)
                            return false;
                        code = code * 16 + d;
                    }
                    if (code >= 0xD800 && code <= 0xDFFF)
                        return false; // surrogates: left to nlohmann
                    if (code < 0x80) {
                        out += char(code);
                    } else if (code < 0x800) {
                        out += char(0xC0 | (code >> 6));
                        out += char(0x80 | (code & 0x3F));
                    } else {
                        out += char(0xE0 | (code >> 12));
                        out += char(0x80 | ((code >> 6) & 0x3F));
                        out += char(0x80 | (code & 0x3F));
                    }
                    m_p += 4;
                    break;
                }
                default:
                    return false;
                }
                m_p += 2;
                run = m_p;
                continue;
            }
            const int n = utf8Length(reinterpret_cast<const unsigned char *>(m_p));
            if (n == 0)
                return false;
            m_p += n;
        }
    }

    bool number(nlohmann::json &out)
    {
        const char *start = m_p;
        const bool negative = *m_p == '-';
        if (negative)
            ++m_p;
        const char *digits = m_p;
        while (m_p != m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        const ptrdiff_t count = m_p - digits;
        if (count == 0 || (count > 1 && *digits == '0'))
            return false;
        const bool fraction = m_p != m_end && *m_p == '.';
        const bool exponent = m_p != m_end && (*m_p == 'e' || *m_p == 'E');
        if (!fraction && !exponent) {
            if (count > 18)
                return false; // may not fit: nlohmann then makes a double
            std::uint64_t v = 0;
            for (const char *d = digits; d != m_p; ++d)
                v = v * 10 + std::uint64_t(*d - '0');
            if (negative)
                out = -std::int64_t(v); // nlohmann: number_integer, also for -0
            else
                out = v; // number_unsigned
            return true;
        }
        if (fraction) {
            const char *f = ++m_p;
            while (m_p != m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            if (m_p == f)
                return false;
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            const char *e = m_p;
            while (m_p != m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            if (m_p == e)
                return false;
        }
        // Correctly rounded, as strtod; out of range (where strtod gives inf or a denormal)
        // is left to nlohmann.
        double d = 0;
        const auto r = std::from_chars(start, m_p, d);
        if (r.ec != std::errc() || r.ptr != m_p)
            return false;
        out = d;
        return true;
    }

    const char *m_p;
    const char *m_end;
    const JsonLimits &m_limits;
};

} // namespace

bool parseWellFormed(const char *begin, const char *end, const JsonLimits &limits,
                     nlohmann::json *out)
{
    return CommonCaseParser(begin, end, limits).parse(out);
}

} // namespace portolan::core::jsonscan
