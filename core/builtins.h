// Coil — the builtins module and the native standard modules (sys, math,
// time). Each module's functions are one MethodDef table in its own file.
#pragma once

#include "core/object.h"

namespace coil {

struct Module;

// Creates the `builtins` module: functions, types, exceptions, constants.
Module* make_builtins_module();
// Creates and registers sys, math and time (sys.argv comes from vm.argv).
void init_native_modules();

}  // namespace coil
