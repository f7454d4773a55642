// Entry point of hindsight_bench: every tests/bench/*.cpp is linked into one
// binary. Add your bench function's declaration and call here.
#include <cstdio>

void benchLayout();
void benchTimelineLayout();
void benchIo(const char* outPath);

int main(int argc, char** argv) {
  std::printf("hindsight bench (figures only; budgets in docs/DESIGN.md)\n");
  benchLayout();
  benchTimelineLayout();
  benchIo(argc > 1 ? argv[1] : nullptr);
  return 0;
}
