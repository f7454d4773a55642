#include "ui/library_cache.h"

namespace hs::ui {
namespace {

struct Cache {
  LibrarySummaries summaries;
  std::uint64_t edit = ~std::uint64_t{0};
  std::size_t size = ~std::size_t{0};
  TimeMs updatedSum = 0;  // catches documents replaced without an edit (another tab, an import)
};

// Derived from the library, rebuilt when it changes (UiState, one for the app).
Cache& cache(AppState& state) { return state.ui().shared<Cache>(); }

}  // namespace

const LibrarySummaries& librarySummaries(AppState& state) {
  Cache& c = cache(state);
  TimeMs sum = 0;
  for (const PostMortem& doc : state.library()) sum += doc.updated;
  if (c.edit != state.editCounter() || c.size != state.library().size() || c.updatedSum != sum) {
    c.summaries.sync(state.library());
    c.edit = state.editCounter();
    c.size = state.library().size();
    c.updatedSum = sum;
  }
  return c.summaries;
}

}  // namespace hs::ui
