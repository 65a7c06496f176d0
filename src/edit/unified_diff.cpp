#include "edit/unified_diff.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

namespace lplan::edit {

namespace {

/// Lines with their line breaks (the last one may have none).
std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t lf = text.find('\n', start);
    std::size_t end = lf == std::string_view::npos ? text.size() : lf + 1;
    out.push_back(text.substr(start, end - start));
    start = end;
  }
  return out;
}

enum class Kind { Same, Gone, Added };

struct Op {
  Kind kind;
  std::size_t a;  ///< line index in before (Same, Gone)
  std::size_t b;  ///< line index in after (Same, Added)
};

/// The edit script by the longest common subsequence of the lines between the common
/// head and tail (writing commands change a few lines, so this middle is small).
std::vector<Op> script(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  std::size_t head = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) {
    ++head;
  }
  std::size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) {
    ++tail;
  }
  std::size_t n = a.size() - head - tail;
  std::size_t m = b.size() - head - tail;
  std::vector<Op> ops;
  for (std::size_t i = 0; i < head; ++i) {
    ops.push_back({Kind::Same, i, i});
  }
  if (n * m > 4'000'000) {
    // Too large to align line by line: all of the middle goes, then comes.
    for (std::size_t i = 0; i < n; ++i) {
      ops.push_back({Kind::Gone, head + i, 0});
    }
    for (std::size_t j = 0; j < m; ++j) {
      ops.push_back({Kind::Added, 0, head + j});
    }
  } else {
    std::vector<std::vector<std::uint32_t>> lcs(n + 1, std::vector<std::uint32_t>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;) {
      for (std::size_t j = m; j-- > 0;) {
        lcs[i][j] = a[head + i] == b[head + j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[head + i] == b[head + j]) {
        ops.push_back({Kind::Same, head + i, head + j});
        ++i;
        ++j;
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        ops.push_back({Kind::Gone, head + i, 0});  // removed lines come before added ones
        ++i;
      } else {
        ops.push_back({Kind::Added, 0, head + j});
        ++j;
      }
    }
  }
  for (std::size_t k = 0; k < tail; ++k) {
    ops.push_back({Kind::Same, a.size() - tail + k, b.size() - tail + k});
  }
  return ops;
}

void line(std::string& out, char mark, std::string_view text) {
  out += mark;
  if (text.ends_with('\n')) {
    out.append(text);
  } else {
    out.append(text);
    out += "\n\\ No newline at end of file\n";
  }
}

}  // namespace

std::string unified_diff(std::string_view before, std::string_view after, const std::string& before_name,
                         const std::string& after_name, int context) {
  if (before == after) {
    return {};
  }
  auto a = lines_of(before);
  auto b = lines_of(after);
  auto ops = script(a, b);
  std::string out = fmt::format("--- {}\n+++ {}\n", before_name, after_name);
  std::size_t k = 0;
  auto c = static_cast<std::size_t>(context);
  while (k < ops.size()) {
    // The next change, and the hunk around it (changes closer than 2·context join).
    while (k < ops.size() && ops[k].kind == Kind::Same) {
      ++k;
    }
    if (k == ops.size()) {
      break;
    }
    std::size_t begin = k >= c ? k - c : 0;
    std::size_t end = k;
    std::size_t same_run = 0;
    for (std::size_t x = k; x < ops.size(); ++x) {
      if (ops[x].kind == Kind::Same) {
        if (++same_run > 2 * c) {
          break;
        }
      } else {
        same_run = 0;
        end = x + 1;
      }
    }
    std::size_t stop = std::min(ops.size(), end + c);
    std::size_t a_start = 0;
    std::size_t b_start = 0;
    std::size_t a_count = 0;
    std::size_t b_count = 0;
    bool a_set = false;
    bool b_set = false;
    for (std::size_t x = begin; x < stop; ++x) {
      if (ops[x].kind != Kind::Added) {
        if (!a_set) {
          a_start = ops[x].a;
          a_set = true;
        }
        ++a_count;
      }
      if (ops[x].kind != Kind::Gone) {
        if (!b_set) {
          b_start = ops[x].b;
          b_set = true;
        }
        ++b_count;
      }
    }
    if (!a_set) {
      // Only added lines: they come after the line before them.
      a_start = begin > 0 && ops[begin - 1].kind != Kind::Added ? ops[begin - 1].a + 1 : 0;
    }
    if (!b_set) {
      b_start = begin > 0 && ops[begin - 1].kind != Kind::Gone ? ops[begin - 1].b + 1 : 0;
    }
    auto range = [](std::size_t start, std::size_t count) {
      return count == 1 ? fmt::format("{}", start + 1)
                        : fmt::format("{},{}", count == 0 ? start : start + 1, count);
    };
    out += fmt::format("@@ -{} +{} @@\n", range(a_start, a_count), range(b_start, b_count));
    for (std::size_t x = begin; x < stop; ++x) {
      switch (ops[x].kind) {
        case Kind::Same: line(out, ' ', a[ops[x].a]); break;
        case Kind::Gone: line(out, '-', a[ops[x].a]); break;
        case Kind::Added: line(out, '+', b[ops[x].b]); break;
      }
    }
    k = stop;
  }
  return out;
}

}  // namespace lplan::edit
