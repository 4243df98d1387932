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

// The `class` statement: args = [body function, name, bases...,
// keyword values...], keyword names in kwnames — exactly the registers of the
// BUILDCLASS instruction, so it can call this directly. Runs the body in a
// fresh namespace (the metaclass's __prepare__ if it has one), picks the most
// derived metaclass ("metaclass conflict" TypeError otherwise), calls it, and
// fills the body's __class__ cell. Also the builtin __build_class__.
Value build_class(const Value* args, size_t nargs, Tuple* kwnames);

}  // namespace coil
