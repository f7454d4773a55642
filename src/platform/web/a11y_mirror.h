// The accessibility tree of the browser build: after each frame, the widgets the
// item registry saw are mirrored into DOM elements with ARIA roles, names, values,
// states and focus (a11y_mirror.js), so screen readers and role queries find them.
// Only what changed since the last frame reaches the DOM.
#pragma once

namespace hs::platform {

// Call once per frame, after the item registry has finished the frame.
void updateA11yMirror();

// CPU time of the last updateA11yMirror(), DOM updates included, in milliseconds.
double lastA11yMirrorMs();

}  // namespace hs::platform
