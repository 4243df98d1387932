// Coil — the interned identifier strings.
#include "core/names.h"

#include "core/str.h"

namespace coil {

namespace names {
#define COIL_NAME_DEF(n, ...) Str* n;
COIL_NAMES(COIL_NAME_DEF)
#undef COIL_NAME_DEF
}  // namespace names

namespace {
// The text of a name: its identifier, unless the table gives one.
constexpr const char* name_text(const char* ident) { return ident; }
constexpr const char* name_text(const char*, const char* text) { return text; }
}  // namespace

void init_names() {
#define COIL_NAME_INIT(n, ...) names::n = intern(name_text(#n __VA_OPT__(, ) __VA_ARGS__));
  COIL_NAMES(COIL_NAME_INIT)
#undef COIL_NAME_INIT
}

}  // namespace coil
