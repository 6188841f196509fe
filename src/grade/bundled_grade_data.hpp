#pragma once
// The grading data kkori-grade-data computed from the bundled bank when this binary was built
// (grade_data.hpp; library kkori_grade_data). Pass it to make_bank_grader().
#include <string_view>

namespace kkori::grade {

std::string_view bundled_grade_data();

}  // namespace kkori::grade
