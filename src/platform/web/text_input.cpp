#include "platform/web/text_input.h"

#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>

#include "platform/glfw_host.h"

extern "C" {
void hs_js_text_input_install();
void hs_js_text_input_place(int active, float x, float y, float lineHeight, float scale);
}

namespace hs::platform {
namespace {

void placeTextInput(const ImGuiPlatformImeData* data) {
  hs_js_text_input_place(data->WantVisible ? 1 : 0, data->InputPos.x, data->InputPos.y,
                         data->InputLineHeight, hostScale());
}

// The browser may deliver a character outside the BMP as two keypress events,
// one per UTF-16 surrogate; ImGui pairs them instead of storing two halves
// (which would be invalid UTF-8).
void onCharacter(GLFWwindow*, unsigned int c) {
  ImGuiIO& io = ImGui::GetIO();
  if (c <= 0xFFFF) io.AddInputCharacterUTF16(static_cast<ImWchar16>(c));
  else io.AddInputCharacter(c);
}

}  // namespace

void installTextInput() {
  hs_js_text_input_install();
  if (GLFWwindow* window = glfwGetCurrentContext()) glfwSetCharCallback(window, onCharacter);
#if IMGUI_VERSION_NUM >= 19200
  ImGui::GetPlatformIO().Platform_SetImeDataFn = [](ImGuiContext*, ImGuiViewport*, ImGuiPlatformImeData* data) {
    placeTextInput(data);
  };
#else
  ImGui::GetIO().SetPlatformImeDataFn = [](ImGuiViewport*, ImGuiPlatformImeData* data) { placeTextInput(data); };
#endif
}

}  // namespace hs::platform

extern "C" {

// Text the browser committed (IME, dictation, on-screen keyboard, emoji picker),
// as UTF-8. Keys the keyboard types arrive through GLFW instead.
EMSCRIPTEN_KEEPALIVE void hs_text_input_commit(const char* utf8) {
  if (utf8 && *utf8) ImGui::GetIO().AddInputCharactersUTF8(utf8);
}

// An on-screen keyboard's delete sends no key event, only an edit of the textarea.
EMSCRIPTEN_KEEPALIVE void hs_text_input_backspace() {
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiKey_Backspace, true);
  io.AddKeyEvent(ImGuiKey_Backspace, false);
}

// Whether a tap here starts text editing: a field is active, or the pointer is
// over one (ImGui shows the text cursor). Asked inside the tap's own event so the
// browser lets the focus change open a touch keyboard.
EMSCRIPTEN_KEEPALIVE int hs_text_input_wanted() {
  if (!ImGui::GetCurrentContext()) return 0;
  return ImGui::GetIO().WantTextInput || ImGui::GetMouseCursor() == ImGuiMouseCursor_TextInput ? 1 : 0;
}

}  // extern "C"
