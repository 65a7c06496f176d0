#include "render/period_words.hpp"

#include "render/labels.hpp"

namespace lplan::render {

namespace {

template <typename Name>
std::string join_runs(const MonthSet& period, Lang lang, Name name) {
  std::string out;
  std::string_view dash = lang == Lang::Uk ? " – " : "–";
  for (auto [first, last] : period.runs()) {
    out += out.empty() ? "" : ", ";
    out += name(first);
    if (last != first) {
      out += std::string(dash) + std::string(name(last));
    }
  }
  return out;
}

}  // namespace

std::string period_name(const MonthSet& period, Lang lang) {
  return join_runs(period, lang, [lang](int m) { return std::string(month_name(m, lang)); });
}

std::string period_locative(const MonthSet& period, Lang lang) {
  return join_runs(period, lang, [lang](int m) { return std::string(month_locative(m, lang)); });
}

}  // namespace lplan::render
