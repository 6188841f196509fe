// The progress bar's text, and that it stays silent when stderr is not a terminal.
#include <gtest/gtest.h>

#include <sstream>

#include "cli/progress.hpp"

namespace kkori::cli {
namespace {

TEST(Progress, LineShowsBarPercentCountAndRate) {
  EXPECT_EQ(progress_line("grade-batch", 0.5, 8000, "lines", 52345.4, 4),
            "grade-batch \u2595\u2588\u2588\u2591\u2591\u258F  50%  8,000 lines \u00B7 52,345/s");
  EXPECT_EQ(progress_line("x", 1.0, 1234567, "lines", 0, 2), "x \u2595\u2588\u2588\u258F 100%  1,234,567 lines");
  EXPECT_EQ(progress_line("x", 7.0, 1, "줄", 0, 2), "x \u2595\u2588\u2588\u258F 100%  1 줄");  // clamped
  // Size unknown (stdin): no bar, only the count and the rate.
  EXPECT_EQ(progress_line("x", -1, 999, "lines", 10.0), "x  999 lines \u00B7 10/s");
}

TEST(Progress, SilentWithoutATerminal) {
  std::ostringstream out, err;
  std::istringstream in;
  Context ctx(out, err, in);
  ctx.progress = false;
  {
    Progress p(ctx, "grade-batch", "lines", 100);
    p.update(50, 5);
    p.update(100, 10);
  }
  EXPECT_EQ(err.str(), "");
}

}  // namespace
}  // namespace kkori::cli
