// Inputs whose text is checked before it reaches the document. The user types
// freely; on leaving the field (Enter, Tab, a click elsewhere) the text is
// parsed. Valid and different: the field returns true with the new value.
// Invalid: the typed text stays, a message below says why, nothing changes.
#pragma once

#include <cfloat>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "core/model/types.h"
#include "ui/ui_state.h"

namespace hs::ui {

// Each field keeps its draft text in `ui` (by ImGui id) while it is typed or invalid.
// The general form: `validate` returns an error message, empty when the text is fine.
bool draftField(UiState& ui, const char* name, const std::string& shown, const char* hint,
                const std::function<std::string(const std::string&)>& validate,
                std::string& committed, float width = -FLT_MIN);

// A UTC date and time ("2026-01-15 14:32"), or a date only ("2026-01-15").
// With `allowEmpty`, clearing the text sets `out` to nullopt.
bool timeField(UiState& ui, const char* name, std::optional<TimeMs> value, std::optional<TimeMs>& out,
               bool dateOnly, bool allowEmpty, float width = -FLT_MIN);
// A duration ("1 h 30 min", "90 min", "1:30"); empty clears.
bool durationField(UiState& ui, const char* name, std::optional<TimeMs> value, std::optional<TimeMs>& out,
                   const char* hint, float width = -FLT_MIN);
// A whole number >= 0; empty clears ("not known").
bool countField(UiState& ui, const char* name, std::optional<std::int64_t> value,
                std::optional<std::int64_t>& out, float width = -FLT_MIN);
// An amount of money >= 0 ("12500", "12,500.50"); empty clears.
bool amountField(UiState& ui, const char* name, std::optional<double> value, std::optional<double>& out,
                 float width = -FLT_MIN);

std::string formatAmount(double amount);

}  // namespace hs::ui
