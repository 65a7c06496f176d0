// Translations (DESIGN §11): English message ids in the code, Ukrainian in po/uk.po.
//
// The catalog is compiled by gettext's msgfmt at build time and embedded in the
// binary (a .mo image in a generated header), so the static lplan needs no installed
// files and no generated system locale. Every user-facing string goes through one of
// these functions; xgettext finds them by their names (see po/README.md):
//
//   tr("no plans found")                         a message
//   trc("column", "When")                        a short word that needs a context
//   trn("{} activity", "{} activities", n)       a count (Ukrainian has three forms)
//   trf("unknown month \"{}\"", word)            tr + fmt::format
//   trnf("{} activity", "{} activities", n, n)   trn + fmt::format
//   N_("planned"), NC_("month", "May")           marks a string for extraction only
//   tr_in(lang, …), trc_in, trn_in, trf_in, trnf_in  the same in a given language
//
// The language is process-wide: the command line sets it once (--lang, $LPLAN_LANG,
// the locale) before any work, and library code formats its messages in it.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "text/lang.hpp"

namespace lplan {

/// The language messages are translated into (English until set).
void set_language(Lang lang);
Lang language();

/// The translation of `msgid` in the current language; `msgid` itself in English or
/// when the catalog has no translation. The view stays valid for the whole process.
std::string_view tr(std::string_view msgid);
/// The same in an explicitly given language.
std::string_view tr_in(Lang lang, std::string_view msgid);
/// A message with a disambiguating context (gettext's msgctxt).
std::string_view trc(std::string_view context, std::string_view msgid);
std::string_view trc_in(Lang lang, std::string_view context, std::string_view msgid);
/// The form of a counted message for `n` (English: one/other; Ukrainian: one/few/many).
std::string_view trn(std::string_view singular, std::string_view plural, long long n);
std::string_view trn_in(Lang lang, std::string_view singular, std::string_view plural, long long n);

/// `tr` followed by fmt::format with `args` (placeholders `{}` or `{0}`, `{1}`…).
template <typename... Args>
std::string trf(std::string_view msgid, Args&&... args) {
  return fmt::format(fmt::runtime(tr(msgid)), std::forward<Args>(args)...);
}
template <typename... Args>
std::string trf_in(Lang lang, std::string_view msgid, Args&&... args) {
  return fmt::format(fmt::runtime(tr_in(lang, msgid)), std::forward<Args>(args)...);
}
/// `trn` followed by fmt::format.
template <typename... Args>
std::string trnf(std::string_view singular, std::string_view plural, long long n, Args&&... args) {
  return fmt::format(fmt::runtime(trn(singular, plural, n)), std::forward<Args>(args)...);
}
template <typename... Args>
std::string trnf_in(Lang lang, std::string_view singular, std::string_view plural, long long n, Args&&... args) {
  return fmt::format(fmt::runtime(trn_in(lang, singular, plural, n)), std::forward<Args>(args)...);
}

/// Marks a string literal for extraction without translating it here (it is passed
/// to tr() later, e.g. from a table).
#define N_(text) text
/// The same for a message with a context (translated later with trc()).
#define NC_(context, text) text

namespace i18n {

/// One entry of the embedded catalog (for the tests: every placeholder of a message
/// must appear in its translation).
struct CatalogEntry {
  std::string_view context;  ///< empty when none
  std::string_view msgid;
  std::string_view msgid_plural;  ///< empty for a message without plural forms
  std::string_view msgstr;        ///< the forms separated by '\0'
};

/// Every entry of the Ukrainian catalog, in catalog order (the header entry left out).
std::vector<CatalogEntry> ukrainian_catalog();

/// The index of the plural form of `n` in `lang` (English 0/1, Ukrainian 0/1/2).
int plural_index(Lang lang, long long n);

}  // namespace i18n

}  // namespace lplan
