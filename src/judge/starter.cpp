#include "judge/starter.hpp"

namespace kkori::judge {

std::string_view starter_source(Language lang) {
  if (lang == Language::python)
    return R"(import sys


def main() -> None:
    data = sys.stdin.read().split()
    # solve here and print the answer


if __name__ == "__main__":
    main()
)";
  return R"(#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    // solve here and print the answer
    return 0;
}
)";
}

}  // namespace kkori::judge
