// Markdown post-mortems dropped into the desktop library folder. They are read
// by their content, whatever their name (as a file opened in the app is), and
// never written, renamed or deleted: the imported post-mortem gets an id made
// from the file's bytes ("pm-md-" + 16 hex digits of their SHA-256), so it is
// the same post-mortem on every start. Once edited in the app it is saved as
// "<id>.postmortem.json" beside the .md, and from then on that file is the one
// shown (the .md is skipped while a file of its id exists). A .md changed
// outside the app is a new text, so it comes in again as a new post-mortem next
// to the edited one: neither version is lost.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/model/types.h"

namespace hs::platform {

// True for names the folder store may read as Markdown: not hidden, not JSON,
// not a temporary file of an atomic write, not a repository's own README,
// CHANGELOG, LICENSE or CONTRIBUTING (a library folder may be a git checkout).
bool mayHoldMarkdownPostMortem(std::string_view fileName);

// The id the Markdown text `bytes` is imported under.
std::string markdownFileId(std::string_view bytes);

// Exchange-format JSON of the post-mortem in `bytes`, with id markdownFileId(bytes)
// and created/updated at `modified` (the file's time, so a re-import is identical);
// nullopt when the text is not Markdown or has no post-mortem section (no Summary,
// Timeline, Action Items ... heading: a note, not a post-mortem).
std::optional<std::string> markdownPostMortemJson(std::string_view bytes, TimeMs modified);

}  // namespace hs::platform
