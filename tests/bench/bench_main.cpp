// Entry point of hindsight_bench (native) and hindsight_bench_wasm (run under node):
// every tests/bench/*.cpp is linked into one binary. Add your bench function's
// declaration and call here. Argument: where to write the generated large document.
void benchLayout();
void benchTimelineLayout();
void benchTimeAxisLongSpan();
void benchIo(const char* outPath);
void benchMerge();
void benchLibrary();

int main(int argc, char** argv) {
  benchLayout();
  benchTimelineLayout();
  benchTimeAxisLongSpan();
  benchIo(argc > 1 ? argv[1] : nullptr);
  benchMerge();
  benchLibrary();
  return 0;
}
