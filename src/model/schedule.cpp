#include "model/schedule.hpp"

#include <bit>

namespace lplan {

MonthSet MonthSet::range(int from, int to) {
  MonthSet set;
  for (int m = from; m <= to; ++m) {
    if (m >= 1 && m <= 12) {
      set.add(m);
    }
  }
  return set;
}

int MonthSet::count() const { return std::popcount(m_bits); }

int MonthSet::first() const { return m_bits == 0 ? 0 : std::countr_zero(m_bits) + 1; }

int MonthSet::last() const { return m_bits == 0 ? 0 : 16 - std::countl_zero(m_bits); }

std::vector<int> MonthSet::months() const {
  std::vector<int> out;
  for (int m = 1; m <= 12; ++m) {
    if (contains(m)) {
      out.push_back(m);
    }
  }
  return out;
}

std::vector<std::pair<int, int>> MonthSet::runs() const {
  std::vector<std::pair<int, int>> out;
  for (int m = 1; m <= 12; ++m) {
    if (!contains(m)) {
      continue;
    }
    if (!out.empty() && out.back().second == m - 1) {
      out.back().second = m;
    } else {
      out.emplace_back(m, m);
    }
  }
  return out;
}

}  // namespace lplan
