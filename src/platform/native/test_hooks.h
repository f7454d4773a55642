// Scripted steps for process tests of the desktop app, switched on by environment
// variables that normal use never sets:
//   HINDSIGHT_TEST_HOOKS=1         print "hindsight-test: ..." lines on stdout: "ready pid N"
//                                  after the first frame, every banner and every
//                                  import error the window shows
//   HINDSIGHT_TEST_EDIT_TITLE=T    once the library is loaded, retitle its first
//                                  post-mortem to T through an ordinary edit (left
//                                  to autosave) and print "edited <id> from <old title>"
#pragma once

#include <memory>
#include <set>
#include <string>

namespace hs::ui {
class App;
}

namespace hs::platform {

class NativeTestHooks {
 public:
  // nullptr unless HINDSIGHT_TEST_HOOKS or HINDSIGHT_TEST_EDIT_TITLE is set.
  static std::unique_ptr<NativeTestHooks> fromEnvironment();
  void afterFrame(ui::App& app);

 private:
  void say(const std::string& line);

  bool ready_ = false;
  bool editPending_ = false;
  std::string editTitle_;
  std::set<std::string> said_;
};

}  // namespace hs::platform
