// ASCII spellings of Ukrainian text, for identifiers that must stay ASCII
// (iCalendar UIDs, file names).
#pragma once

#include <string>
#include <string_view>

namespace lplan::text {

/// Lower-case Latin transliteration by the official Ukrainian table (Cabinet of
/// Ministers resolution No. 55 of 2010): «ЛОВ УБА» → "lov uba", «Київ» → "kyiv",
/// «Згурівка» → "zghurivka". Word-initial є/ї/й/ю/я take the "ye/yi/y/yu/ya"
/// spellings; ь and apostrophes are dropped. ASCII passes through lower-cased;
/// other characters are kept as they are.
std::string transliterate_uk(std::string_view s);

/// A slug of [a-z0-9-]: transliterated, every run of other characters turned
/// into one `-`, no leading or trailing `-`. Empty when nothing is left.
std::string ascii_slug(std::string_view s);

}  // namespace lplan::text
