// XML parts of a .docx, read with pugixml: internal to the docx reader.
//
// pugixml never processes a DTD and expands only the five predefined entities and
// character references; a part that declares a DOCTYPE (which Word never writes) is
// refused outright, so entity tricks end in a clear error. Elements are compared by
// their local name (`p` for `w:p`), whatever prefix the file binds.
#pragma once

#include <cstring>
#include <string>

#include <pugixml.hpp>

namespace lplan::import::docx {

/// Parses `text` (consumed: parsed in place) into `doc`. ImportError when it is not
/// well-formed XML or declares a DOCTYPE. `what` names the part in messages.
void parse_part(pugi::xml_document& doc, std::string& text, const std::string& what);

/// The element's name without its namespace prefix.
inline const char* local_name(const pugi::xml_node& node) {
  const char* name = node.name();
  const char* colon = std::strrchr(name, ':');
  return colon ? colon + 1 : name;
}

inline bool is(const pugi::xml_node& node, const char* local) {
  return node.type() == pugi::node_element && std::strcmp(local_name(node), local) == 0;
}

/// The first child element with that local name.
pugi::xml_node child(const pugi::xml_node& node, const char* local);

/// The value of an attribute by local name (`w:val` → "val"), or "" when absent.
const char* attr(const pugi::xml_node& node, const char* local);

/// `w:val` of the child element `local` (`<w:gridSpan w:val="2"/>` → "2"), or `fallback`
/// when the child is absent; `present` tells whether it was there.
std::string child_val(const pugi::xml_node& node, const char* local, const char* fallback = "",
                      bool* present = nullptr);

/// A non-negative integer attribute value, clamped to `max`; `fallback` when it is not one.
int to_int(const char* text, int fallback, int max);

}  // namespace lplan::import::docx
