#include "import/docx_xml.hpp"

#include "import/table.hpp"
#include "text/i18n.hpp"

namespace lplan::import::docx {

void parse_part(pugi::xml_document& doc, std::string& text, const std::string& what) {
  // Whitespace-only text is kept when it is the only content of an element: a run
  // `<w:t xml:space="preserve"> </w:t>` is the space between two words.
  unsigned options = pugi::parse_default | pugi::parse_doctype | pugi::parse_ws_pcdata_single;
  pugi::xml_parse_result result = doc.load_buffer_inplace(text.data(), text.size(), options, pugi::encoding_auto);
  if (!result) {
    throw ImportError(trf("{} is not well-formed XML (at byte {}: {})", what, result.offset, result.description()));
  }
  for (pugi::xml_node n = doc.first_child(); n; n = n.next_sibling()) {
    if (n.type() == pugi::node_doctype) {
      throw ImportError(trf("{} declares a DTD (<!DOCTYPE>), which Word never writes: not read", what));
    }
  }
}

pugi::xml_node child(const pugi::xml_node& node, const char* local) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (is(c, local)) {
      return c;
    }
  }
  return {};
}

const char* attr(const pugi::xml_node& node, const char* local) {
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    const char* name = a.name();
    const char* colon = std::strrchr(name, ':');
    if (std::strcmp(colon ? colon + 1 : name, local) == 0) {
      return a.value();
    }
  }
  return "";
}

std::string child_val(const pugi::xml_node& node, const char* local, const char* fallback, bool* present) {
  pugi::xml_node c = node ? child(node, local) : pugi::xml_node{};
  if (present != nullptr) {
    *present = static_cast<bool>(c);
  }
  if (!c) {
    return fallback;
  }
  return attr(c, "val");
}

int to_int(const char* text, int fallback, int max) {
  if (text == nullptr || *text == '\0') {
    return fallback;
  }
  long long value = 0;
  for (const char* p = text; *p != '\0'; ++p) {
    if (*p < '0' || *p > '9') {
      return fallback;
    }
    value = value * 10 + (*p - '0');
    if (value > max) {
      return max;
    }
  }
  return static_cast<int>(value);
}

}  // namespace lplan::import::docx
