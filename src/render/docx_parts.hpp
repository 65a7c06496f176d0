// The fixed parts of a .docx package (content types, relationships, styles,
// numbering, settings, footer, core and app properties). Each is an XML template
// parsed by pugixml (so it is well-formed by construction) and completed through the
// DOM where it depends on the document: its language, title, organization and date.
#pragma once

#include <pugixml.hpp>
#include <string>

#include "render/docx_document.hpp"

namespace lplan::render::docx::parts {

/// The BCP 47 tag Word writes: uk-UA, en-US.
const char* language_tag(Lang lang);

/// The relationship id of the footer, for every section's footerReference.
inline constexpr const char* k_footer_rel = "rIdFooter";

std::string content_types();
std::string package_rels();
std::string document_rels();
std::string styles(Lang lang);
/// `extra_lists` numbered lists restart at 1 beyond the default one (ids 3, 4, …).
std::string numbering(int extra_lists);
std::string settings(Lang lang);
std::string footer();
std::string core(const DocumentInfo& info, Lang lang);
std::string app(const DocumentInfo& info);

/// A template parsed (throws std::logic_error when a template is broken).
pugi::xml_document parse(const char* xml);
/// The document serialized with an XML declaration, no indentation.
std::string serialize(const pugi::xml_document& doc);

}  // namespace lplan::render::docx::parts
