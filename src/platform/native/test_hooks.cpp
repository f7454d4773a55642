#include "platform/native/test_hooks.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include "core/edit/commands.h"
#include "ui/app.h"
#include "ui/item_registry.h"

namespace hs::platform {

std::unique_ptr<NativeTestHooks> NativeTestHooks::fromEnvironment() {
  const char* hooks = std::getenv("HINDSIGHT_TEST_HOOKS");
  const char* title = std::getenv("HINDSIGHT_TEST_EDIT_TITLE");
  if (!(hooks && *hooks) && !title) return nullptr;
  auto result = std::make_unique<NativeTestHooks>();
  if (title) {
    result->editPending_ = true;
    result->editTitle_ = title;
  }
  return result;
}

void NativeTestHooks::say(const std::string& line) {
  // Each distinct line once; flushed so a test reading the pipe sees it now.
  if (!said_.insert(line).second) return;
  std::printf("hindsight-test: %s\n", line.c_str());
  std::fflush(stdout);
}

void NativeTestHooks::afterFrame(ui::App& app) {
  ui::AppState& state = app.state();
  for (const auto& banner : state.banners) say("banner: " + banner.text);
  for (const auto& item : ui::lastFrameItems())
    if (item.label.rfind("import error: ", 0) == 0) say("item: " + item.label);
  if (editPending_ && !state.library().empty()) {
    editPending_ = false;
    const PostMortem& doc = state.library().front();
    std::string id = doc.id, old = doc.title;
    state.open(id);
    state.apply(setDocValue<std::string>("Edit title", "title",
                                         [](PostMortem& d) -> std::string& { return d.title; },
                                         editTitle_, *state.openDocument()));
    state.endTypingRun();
    say("edited " + id + " from " + old);
  }
  if (!ready_) {
    ready_ = true;
    say("ready pid " + std::to_string(::getpid()));
  }
}

}  // namespace hs::platform
