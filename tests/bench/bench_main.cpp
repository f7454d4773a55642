// Entry point of hindsight_bench: every tests/bench/*.cpp is linked into one
// binary. Add your bench function's declaration and call here.
#include <cstdio>

void benchLayout();

int main() {
  std::printf("hindsight bench (figures only; budgets in docs/DESIGN.md)\n");
  benchLayout();
  return 0;
}
