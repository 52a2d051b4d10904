#pragma once

// Internal to lib/io: the byte scan and the fast parser for well-formed input that
// parseJson() (jsonutil.cpp) tries before nlohmann's parser.

#include "jsonutil.h"

namespace portolan::core::jsonscan {

// What a scan of the bytes, strings skipped, says before parsing. Up to the parser's first
// syntax error it sees exactly the brackets, commas and strings the parser sees, and after
// it nothing counts, so its "no" answers are certain:
// - tooDeep false: the parser cannot go deeper than the limit either and needs no depth
//   callback (nlohmann's callback parser, used only for the depth, took a third of the time
//   of reading a large design);
// - mayExceedSizes false: no string or key has more bytes than the limit (unescaping only
//   shortens) and no array more elements than its commas + 1, so checkSizes() need not walk
//   the document.
// A "yes" takes the slower path that decides exactly, as before.
struct Structure
{
    bool tooDeep = false;
    bool mayExceedSizes = false;
};

Structure scanStructure(const char *p, const char *end, const JsonLimits &limits);

/// Parses [begin, end) into *out when it is well-formed JSON within the limits, as the
/// programs write it; false when unsure (then the caller parses again with nlohmann, so
/// every error is reported as before).
bool parseWellFormed(const char *begin, const char *end, const JsonLimits &limits,
                     nlohmann::json *out);

} // namespace portolan::core::jsonscan
