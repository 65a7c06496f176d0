// The bytes of an input as UTF-8: a byte-order mark dropped, UTF-16 (with its BOM)
// converted, and Windows-1251 — what Word on a Ukrainian Windows writes when it saves
// a web page or plain text — converted when declared or when the bytes say so.
#pragma once

#include <string>
#include <string_view>

namespace lplan::import {

struct Decoded {
  std::string text;      ///< UTF-8
  std::string encoding;  ///< "UTF-8", "UTF-16LE", "UTF-16BE" or "Windows-1251"
};

/// Converts `bytes`. `declared` is a charset the file names (an HTML <meta>), or empty.
/// ImportError naming `name` when the bytes are in no encoding lplan reads.
Decoded to_utf8(std::string_view bytes, const std::string& name, std::string_view declared = {});

/// Windows-1251 → UTF-8 (every byte maps; 0x98, unassigned, becomes U+FFFD).
std::string from_windows_1251(std::string_view bytes);

}  // namespace lplan::import
