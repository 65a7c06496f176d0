// The .docx package: relationships lead from _rels/.rels to the main document part,
// and from its own relationships to numbering.xml and styles.xml.
#include "import/docx_reader.hpp"

#include <vector>

#include "import/docx_xml.hpp"
#include "import/zip_archive.hpp"
#include "text/i18n.hpp"

namespace lplan::import {

namespace {

struct Relationship {
  std::string type;  ///< the last segment of the type URI: officeDocument, numbering, styles…
  std::string target;
};

std::vector<Relationship> read_relationships(std::string xml, const std::string& what) {
  pugi::xml_document doc;
  docx::parse_part(doc, xml, what);
  std::vector<Relationship> out;
  for (pugi::xml_node r = doc.document_element().first_child(); r; r = r.next_sibling()) {
    if (!docx::is(r, "Relationship") || std::string_view(docx::attr(r, "TargetMode")) == "External") {
      continue;
    }
    std::string type = docx::attr(r, "Type");
    out.push_back({type.substr(type.rfind('/') + 1), docx::attr(r, "Target")});
  }
  return out;
}

/// A relationship target as a path inside the archive: absolute ("/word/x.xml") or
/// relative to the folder of the part that names it, with "." and ".." resolved.
std::string resolve_target(const std::string& base_folder, const std::string& target) {
  std::string joined = !target.empty() && target[0] == '/' ? target.substr(1) : base_folder + target;
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= joined.size()) {
    std::size_t end = joined.find('/', start);
    if (end == std::string::npos) {
      end = joined.size();
    }
    std::string part = joined.substr(start, end - start);
    if (part == "..") {
      if (!parts.empty()) {
        parts.pop_back();
      }
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = end + 1;
  }
  std::string out;
  for (const auto& p : parts) {
    out += (out.empty() ? "" : "/") + p;
  }
  return out;
}

std::string folder_of(const std::string& path) {
  std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash + 1);
}

std::string find_target(const std::vector<Relationship>& rels, const std::string& type) {
  for (const auto& r : rels) {
    if (r.type == type) {
      return r.target;
    }
  }
  return {};
}

}  // namespace

Document read_docx(std::string_view bytes, const std::string& name, const ImportLimits& limits) {
  ZipArchive zip(bytes, name, limits);
  std::string main_part;
  if (auto rels = zip.read("_rels/.rels")) {
    std::string target = find_target(read_relationships(std::move(*rels), name + ": _rels/.rels"), "officeDocument");
    if (!target.empty()) {
      main_part = resolve_target("", target);
    }
  }
  if (main_part.empty()) {
    if (zip.contains("mimetype") || zip.contains("content.xml")) {
      throw ImportError(trf("{} is an OpenDocument file: save it as .docx (Word 2007–365) first", name));
    }
    if (!zip.contains("word/document.xml")) {
      throw ImportError(trf("{} is a ZIP archive but not a Word document (no _rels/.rels, no word/document.xml)", name));
    }
    main_part = "word/document.xml";
  }
  auto document = zip.read(main_part);
  if (!document) {
    throw ImportError(trf("{}: the main part {} named by _rels/.rels is missing", name, main_part));
  }
  std::string folder = folder_of(main_part);
  std::string part_rels = folder + "_rels/" + main_part.substr(folder.size()) + ".rels";
  std::string numbering;
  std::string styles;
  if (auto rels_text = zip.read(part_rels)) {
    auto rels = read_relationships(std::move(*rels_text), name + ": " + part_rels);
    if (std::string t = find_target(rels, "numbering"); !t.empty()) {
      numbering = zip.read(resolve_target(folder, t)).value_or("");
    }
    if (std::string t = find_target(rels, "styles"); !t.empty()) {
      styles = zip.read(resolve_target(folder, t)).value_or("");
    }
  }
  return read_docx_parts(std::move(*document), std::move(numbering), std::move(styles), name, limits);
}

}  // namespace lplan::import
