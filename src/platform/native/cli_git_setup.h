// `hindsight git-setup [DIR]`: registers Hindsight as git's merge driver for
// *.postmortem.json in the repository holding DIR.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace hs::platform {

// Adds "*.postmortem.json merge=hindsight" to the repository's .gitattributes (once)
// and the app's .hindsight-revisions/ and .hindsight.lock to its .gitignore (once each),
// and sets merge.hindsight.name/driver in its local git config to this binary;
// prints what it did. Exit 0, 1 when DIR is not in a git repository or git fails.
int runGitSetupCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// Runs a program (no shell) and returns its exit code (-1 when it could not start);
// its standard output goes to `output` when given.
int runProgram(const std::vector<std::string>& argv, std::string* output = nullptr);

}  // namespace hs::platform
