#include "ui/actions_csv_download.h"

#include <string>

#include "core/io/csv_export.h"
#include "core/io/slug.h"

namespace hs::ui {

void downloadOpenActionsCsv(AppState& state, bool utf8Bom) {
  const PostMortem* doc = state.openDocument();
  if (!doc) {
    state.statusMessage = "Open a post-mortem to download its actions";
    return;
  }
  std::string name = markdownFileName(*doc);  // "<slug>.md", or the id when the title has no letters
  if (name.size() > 3 && name.compare(name.size() - 3, 3, ".md") == 0) name.resize(name.size() - 3);
  name += utf8Bom ? "-actions-excel.csv" : "-actions.csv";
  CsvOptions options;
  options.utf8Bom = utf8Bom;
  std::string where;
  if (!state.platform().saveFile(name, "text/csv", actionsCsv(*doc, options), &where)) {
    state.banners.push_back({Banner::Kind::Error, "Could not save " + name + ": " + where, false});
    return;
  }
  state.statusMessage = state.platform().isWeb() ? "Downloaded " + name : "Saved " + where;
}

}  // namespace hs::ui
