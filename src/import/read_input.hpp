// The input of `lplan import`: its bytes (with a size limit) and which reader takes
// them — by --from, else by the file name's extension, else by what the bytes are.
// A file that is not what its name says, or a format lplan does not read (.doc, .odt,
// .rtf, .pdf, .xlsx), is a clear ImportError.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "import/table.hpp"

namespace lplan::import {

enum class InputFormat { Auto, Docx, Html, Text };

/// "docx", "html", "text" (and "htm", "txt", "tsv"); nullopt for anything else.
std::optional<InputFormat> parse_input_format(std::string_view name);

/// Reads the whole stream, or throws ImportError when it is longer than the limit.
std::string read_all(std::istream& in, const std::string& name, const ImportLimits& limits);

/// Reads a file (ImportError when it cannot be read, is a folder, or is too large).
std::string read_file(const std::string& path, const ImportLimits& limits);

/// The document in `bytes`, read as `format`.
Document read_document(std::string_view bytes, const std::string& name, InputFormat format,
                       const ImportLimits& limits);

}  // namespace lplan::import
