// Schedule: what the `when` text of an activity means in calendar terms.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/date.hpp"

namespace lplan {

/// A set of months of one plan year; bit m-1 stands for month m (1 = January).
class MonthSet {
public:
  MonthSet() = default;
  static MonthSet all() { return MonthSet(0x0FFF); }
  static MonthSet single(int month) { return MonthSet(static_cast<std::uint16_t>(1u << (month - 1))); }
  /// Months `from`..`to` inclusive; empty when from > to.
  static MonthSet range(int from, int to);

  bool contains(int month) const { return month >= 1 && month <= 12 && (m_bits >> (month - 1)) & 1u; }
  void add(int month) { m_bits |= static_cast<std::uint16_t>(1u << (month - 1)); }
  void add(MonthSet other) { m_bits |= other.m_bits; }
  bool empty() const { return m_bits == 0; }
  int count() const;
  /// First and last month; 0 when empty.
  int first() const;
  int last() const;
  /// Sorted month numbers, 1..12.
  std::vector<int> months() const;
  /// Runs of consecutive months as (first, last) pairs: {2,3,4,10} → (2,4), (10,10).
  std::vector<std::pair<int, int>> runs() const;
  std::uint16_t bits() const { return m_bits; }

  bool operator==(const MonthSet&) const = default;

private:
  explicit MonthSet(std::uint16_t bits) : m_bits(bits) {}
  std::uint16_t m_bits = 0;
};

/// The meaning of a `when` text. The original text is kept by the activity.
struct Schedule {
  MonthSet months;                 ///< scheduled months of the plan year
  std::optional<Date> exact_day;   ///< an exact day written in the text (also the deadline)
  bool ongoing = false;            ///< the whole year: «протягом року», «постійно», «monthly»
  int every_months = 0;            ///< recurring every N months («1 на 2 місяці»); 0 if not
  bool unscheduled = false;        ///< «за окремим планом», «за потреби»: no months, on purpose

  bool operator==(const Schedule&) const = default;
};

}  // namespace lplan
