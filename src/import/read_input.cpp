#include "import/read_input.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <istream>

#include "import/docx_reader.hpp"
#include "import/html_reader.hpp"
#include "import/text_reader.hpp"
#include "import/zip_archive.hpp"
#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan::import {

namespace {

std::string extension(const std::string& name) {
  std::string ext = std::filesystem::path(name).extension().string();
  for (char& c : ext) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return ext;
}

/// A format lplan does not read, named by its first bytes; nullopt for anything else.
std::optional<std::string> foreign_format(std::string_view bytes, const std::string& name) {
  if (bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    return trf("{} is a Word 97–2003 document (.doc): open it in Word or LibreOffice and save it as .docx", name);
  }
  if (bytes.starts_with("{\\rtf")) {
    return trf("{} is an RTF document: save it as .docx", name);
  }
  if (bytes.starts_with("%PDF")) {
    return trf("{} is a PDF: lplan reads .docx, .html or copied text (copy the table out of the PDF viewer)", name);
  }
  return std::nullopt;
}

bool looks_like_html(std::string_view bytes) {
  std::string head = text::fold(bytes.substr(0, 65536));
  std::size_t first = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (first != std::string::npos && head.compare(first, 1, "<") == 0 && head.find('\t') == std::string::npos) {
    return true;
  }
  return head.find("<table") != std::string::npos || head.find("<html") != std::string::npos;
}

}  // namespace

std::optional<InputFormat> parse_input_format(std::string_view name) {
  if (name == "docx") {
    return InputFormat::Docx;
  }
  if (name == "html" || name == "htm") {
    return InputFormat::Html;
  }
  if (name == "text" || name == "txt" || name == "tsv") {
    return InputFormat::Text;
  }
  return std::nullopt;
}

std::string read_all(std::istream& in, const std::string& name, const ImportLimits& limits) {
  std::string out;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    out.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (out.size() > limits.max_input_bytes) {
      throw ImportError(trf("{} is larger than {} MiB: not a plan lplan will read", name, limits.max_input_bytes >> 20));
    }
  }
  return out;
}

std::string read_file(const std::string& path, const ImportLimits& limits) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw ImportError(trf("{} is a folder, not a file", path));
  }
  auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > limits.max_input_bytes) {
    throw ImportError(trf("{} is larger than {} MiB: not a plan lplan will read", path, limits.max_input_bytes >> 20));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw ImportError(trf("cannot read {}: {}", path, std::strerror(errno)));
  }
  return read_all(in, path, limits);
}

Document read_document(std::string_view bytes, const std::string& name, InputFormat format,
                       const ImportLimits& limits) {
  if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    throw ImportError(trf("{} is empty", name));
  }
  if (format == InputFormat::Auto) {
    std::string ext = extension(name);
    if (ext == ".docx" || ext == ".docm" || ext == ".dotx") {
      format = InputFormat::Docx;
    } else if (ext == ".html" || ext == ".htm" || ext == ".xhtml") {
      format = InputFormat::Html;
    } else if (ext == ".odt") {
      throw ImportError(trf("{} is an OpenDocument file: save it as .docx (Word 2007–365) first", name));
    } else if (ext == ".xlsx" || ext == ".xls" || ext == ".ods") {
      throw ImportError(trf("{} is a spreadsheet: copy the table and paste it (lplan import -), or save it as .html",
                            name));
    }
  }
  if (auto foreign = foreign_format(bytes, name)) {
    throw ImportError(*foreign);
  }
  if (format == InputFormat::Auto) {
    format = looks_like_zip(bytes) ? InputFormat::Docx : looks_like_html(bytes) ? InputFormat::Html : InputFormat::Text;
  }
  switch (format) {
    case InputFormat::Docx:
      if (!looks_like_zip(bytes)) {
        throw ImportError(trf("{} is not a .docx file: a .docx is a ZIP archive, and this is not one", name));
      }
      return read_docx(bytes, name, limits);
    case InputFormat::Html:
      if (looks_like_zip(bytes)) {
        throw ImportError(trf("{} is a ZIP archive, not a web page (a .docx? then --from docx)", name));
      }
      return read_html(bytes, name, limits);
    default:
      if (looks_like_zip(bytes)) {
        throw ImportError(trf("{} is a ZIP archive, not text (a .docx? then --from docx)", name));
      }
      return read_text(bytes, name, limits);
  }
}

}  // namespace lplan::import
