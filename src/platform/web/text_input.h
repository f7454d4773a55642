// The browser's text input for ImGui text fields: a visually hidden <textarea>
// (text_input_glue.js) kept at the caret while a field is being edited, so IME
// composition, dictation, emoji pickers and on-screen keyboards have a target.
#pragma once

namespace hs::platform {

// Call once after the ImGui context exists.
void installTextInput();

}  // namespace hs::platform
