#include "text/i18n.hpp"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>

#include "lplan_catalog_uk.hpp"  // generated from po/uk.po by msgfmt (CMakeLists.txt)

namespace lplan {

namespace {

std::atomic<Lang> g_language{Lang::En};

/// A compiled gettext catalog (the GNU .mo layout: a header, then two tables of
/// (length, offset) pairs — originals sorted by bytes, and their translations).
class MoCatalog {
public:
  MoCatalog(const unsigned char* data, std::size_t size) : m_data(data), m_size(size) {
    if (size < 28) {
      return;
    }
    std::uint32_t magic = word(0);
    if (magic == 0x950412deu) {
      m_swap = false;
    } else if (magic == 0xde120495u) {
      m_swap = true;
    } else {
      return;
    }
    m_count = word(8);
    m_originals = word(12);
    m_translations = word(16);
    if (m_originals + 8ull * m_count > size || m_translations + 8ull * m_count > size) {
      m_count = 0;
    }
  }

  std::size_t size() const { return m_count; }
  std::string_view original(std::size_t i) const { return string_at(m_originals + 8 * i); }
  std::string_view translation(std::size_t i) const { return string_at(m_translations + 8 * i); }

  /// The translation of `key` (for a plural entry: of its singular), all forms.
  std::string_view find(std::string_view key) const {
    std::size_t lo = 0;
    std::size_t hi = m_count;
    while (lo < hi) {
      std::size_t mid = lo + (hi - lo) / 2;
      std::string_view o = original(mid);
      o = o.substr(0, o.find('\0'));  // a plural entry is "singular\0plural"
      int c = o.compare(key);
      if (c == 0) {
        return translation(mid);
      }
      if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return {};
  }

private:
  std::uint32_t word(std::size_t at) const {
    std::uint32_t v = 0;
    std::memcpy(&v, m_data + at, 4);
    return m_swap ? __builtin_bswap32(v) : v;
  }
  std::string_view string_at(std::size_t entry) const {
    std::uint32_t length = word(entry);
    std::uint32_t offset = word(entry + 4);
    if (static_cast<std::uint64_t>(offset) + length > m_size) {
      return {};
    }
    return {reinterpret_cast<const char*>(m_data) + offset, length};
  }

  const unsigned char* m_data;
  std::size_t m_size;
  bool m_swap = false;
  std::uint32_t m_count = 0;
  std::uint32_t m_originals = 0;
  std::uint32_t m_translations = 0;
};

const MoCatalog& ukrainian() {
  static const MoCatalog catalog(k_catalog_uk, sizeof(k_catalog_uk));
  return catalog;
}

std::string key_of(std::string_view context, std::string_view msgid) {
  std::string key;
  key.reserve(context.size() + 1 + msgid.size());
  key.append(context);
  key.push_back('\x04');  // gettext's context separator
  key.append(msgid);
  return key;
}

/// Form `index` of the '\0'-separated forms (the last one when there are fewer).
std::string_view form(std::string_view forms, int index) {
  for (int i = 0; i < index; ++i) {
    auto nul = forms.find('\0');
    if (nul == std::string_view::npos) {
      break;
    }
    forms.remove_prefix(nul + 1);
  }
  return forms.substr(0, forms.find('\0'));
}

}  // namespace

void set_language(Lang lang) { g_language.store(lang, std::memory_order_relaxed); }

Lang language() { return g_language.load(std::memory_order_relaxed); }

std::string_view tr_in(Lang lang, std::string_view msgid) {
  if (lang == Lang::En || msgid.empty()) {
    return msgid;
  }
  std::string_view found = ukrainian().find(msgid);
  return found.empty() ? msgid : found;
}

std::string_view tr(std::string_view msgid) { return tr_in(language(), msgid); }

std::string_view trc_in(Lang lang, std::string_view context, std::string_view msgid) {
  if (lang == Lang::En) {
    return msgid;
  }
  std::string_view found = ukrainian().find(key_of(context, msgid));
  return found.empty() ? msgid : found;
}

std::string_view trc(std::string_view context, std::string_view msgid) {
  return trc_in(language(), context, msgid);
}

std::string_view trn_in(Lang lang, std::string_view singular, std::string_view plural, long long n) {
  int index = i18n::plural_index(lang, n);
  if (lang != Lang::En) {
    std::string_view forms = ukrainian().find(singular);
    if (!forms.empty()) {
      std::string_view chosen = form(forms, index);
      if (!chosen.empty()) {
        return chosen;
      }
    }
    index = i18n::plural_index(Lang::En, n);
  }
  return index == 0 ? singular : plural;
}

std::string_view trn(std::string_view singular, std::string_view plural, long long n) {
  return trn_in(language(), singular, plural, n);
}

namespace i18n {

int plural_index(Lang lang, long long n) {
  if (n < 0) {
    n = -n;
  }
  if (lang == Lang::En) {
    return n == 1 ? 0 : 1;
  }
  // Plural-Forms of po/uk.po: nplurals=3; one (1, 21, 31…), few (2–4, 22–24…), many.
  if (n % 10 == 1 && n % 100 != 11) {
    return 0;
  }
  if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20)) {
    return 1;
  }
  return 2;
}

std::vector<CatalogEntry> ukrainian_catalog() {
  std::vector<CatalogEntry> out;
  const MoCatalog& mo = ukrainian();
  for (std::size_t i = 0; i < mo.size(); ++i) {
    std::string_view key = mo.original(i);
    if (key.empty()) {
      continue;  // the header
    }
    CatalogEntry e;
    if (auto eot = key.find('\x04'); eot != std::string_view::npos) {
      e.context = key.substr(0, eot);
      key.remove_prefix(eot + 1);
    }
    if (auto nul = key.find('\0'); nul != std::string_view::npos) {
      e.msgid = key.substr(0, nul);
      e.msgid_plural = key.substr(nul + 1);
    } else {
      e.msgid = key;
    }
    e.msgstr = mo.translation(i);
    out.push_back(e);
  }
  return out;
}

}  // namespace i18n

}  // namespace lplan
