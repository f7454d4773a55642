// Entry point of hindsight_bench: every tests/bench/*.cpp is linked into one
// binary. Add your bench function's declaration and call here.
#include <cstdio>

void benchLayout();
void benchTimelineLayout();

int main() {
  std::printf("hindsight bench (figures only; budgets in docs/DESIGN.md)\n");
  benchLayout();
  benchTimelineLayout();
  return 0;
}
