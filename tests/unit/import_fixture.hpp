// What the import tests share: a .docx made in memory from its XML parts (with
// minizip's zip writer), and short ways to look at the cells of a read table.
#pragma once

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include <minizip/zip.h>

#include "import/table.hpp"

namespace lplan::testing {

inline const std::string k_w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// A document.xml around body content.
inline std::string word_document(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + k_w + "\"><w:body>" + body +
         "</w:body></w:document>";
}

/// A numbering.xml around abstractNum and num elements.
inline std::string word_numbering(const std::string& content) {
  return "<?xml version=\"1.0\"?><w:numbering xmlns:w=\"" + k_w + "\">" + content + "</w:numbering>";
}

/// A zip archive of (name, content) entries, as bytes.
inline std::string zip_bytes(const std::vector<std::pair<std::string, std::string>>& entries) {
  auto path = std::filesystem::temp_directory_path() / ("lplan-test-" + std::to_string(::getpid()) + ".zip");
  zipFile z = zipOpen64(path.c_str(), APPEND_STATUS_CREATE);
  for (const auto& [name, content] : entries) {
    zip_fileinfo info{};
    zipOpenNewFileInZip64(z, name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 6, 1);
    zipWriteInFileInZip(z, content.data(), static_cast<unsigned>(content.size()));
    zipCloseFileInZip(z);
  }
  zipClose(z, nullptr);
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), {});
  std::filesystem::remove(path);
  return bytes;
}

/// A .docx whose main part is word/document.xml (found through _rels/.rels), with
/// numbering.xml when given.
inline std::string docx_bytes(const std::string& document, const std::string& numbering = "") {
  std::string rels =
      "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
      "Target=\"word/document.xml\"/></Relationships>";
  std::vector<std::pair<std::string, std::string>> entries = {{"_rels/.rels", rels}, {"word/document.xml", document}};
  if (!numbering.empty()) {
    entries.emplace_back(
        "word/_rels/document.xml.rels",
        "<?xml version=\"1.0\"?><Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" "
        "Target=\"numbering.xml\"/></Relationships>");
    entries.emplace_back("word/numbering.xml", numbering);
  }
  return zip_bytes(entries);
}

/// The text of every cell, row by row (paragraphs joined by " / ").
inline std::vector<std::vector<std::string>> cell_texts(const import::Table& table) {
  std::vector<std::vector<std::string>> out;
  for (const auto& row : table.rows) {
    std::vector<std::string> cells;
    for (const auto& cell : row.cells) {
      std::string t;
      for (const auto& p : cell.paragraphs) {
        t += (t.empty() ? "" : " / ") + (p.list != import::ListKind::None && !p.label.empty() ? p.label + " " : "") + p.text;
      }
      cells.push_back(t);
    }
    out.push_back(cells);
  }
  return out;
}

}  // namespace lplan::testing
