// Coil — interned identifier strings the runtime looks up by name.
// names::__init__ etc. are created once at start-up; comparing interned
// strings is a pointer compare.
#pragma once

#include "core/object.h"

namespace coil {

#define COIL_NAMES(_)                                                             \
  _(__init__) _(__new__) _(__repr__) _(__str__) _(__hash__) _(__eq__) _(__ne__)    \
  _(__lt__) _(__le__) _(__gt__) _(__ge__) _(__bool__) _(__len__) _(__iter__)       \
  _(__next__) _(__getitem__) _(__setitem__) _(__delitem__) _(__contains__)         \
  _(__call__) _(__getattr__) _(__getattribute__) _(__setattr__) _(__delattr__)     \
  _(__enter__) _(__exit__) _(__get__) _(__set__) _(__delete__) _(__index__)        \
  _(__int__) _(__float__) _(__neg__) _(__pos__) _(__invert__) _(__abs__)           \
  _(__format__) _(__name__) _(__qualname__) _(__module__) _(__doc__) _(__dict__)   \
  _(__class__) _(__bases__) _(__mro__) _(__slots__) _(__main__) _(__builtins__)    \
  _(__file__) _(__package__) _(__path__) _(__all__) _(__reversed__) _(__round__)   \
  _(__missing__) _(__init_subclass__) _(__set_name__) _(__class_getitem__)         \
  _(__cause__) _(__context__) _(__traceback__) _(__suppress_context__)             \
  _(__length_hint__) _(__trunc__) _(__floor__) _(__ceil__) _(__divmod__)           \
  _(__rdivmod__) _(__instancecheck__) _(__subclasscheck__) _(__del__)              \
  _(__annotations__) _(__wrapped__) _(__prepare__) _(__spec__) _(__loader__)       \
  _(__debug__) _(__import__) _(__build_class__) _(__abstractmethods__)             \
  _(args) _(send) _(throw_, "throw") _(close) _(keys) _(items) _(values) _(append)           \
  _(get) _(write) _(flush) _(sort) _(format) _(join) _(copy) _(update)             \
  _(metaclass) _(key) _(reverse) _(default_, "default") _(sep) _(end) _(file) _(value)         \
  _(stdout) _(stderr) _(stdin) _(name) _(self) _(fget) _(fset) _(fdel) _(start)    \
  _(stop) _(step) _(real) _(imag) _(errors) _(encoding) _(base) _(object)          \
  _(lambda_, "<lambda>") _(module_, "<module>") _(genexpr_, "<genexpr>")           \
  _(listcomp_, "<listcomp>") _(dictcomp_, "<dictcomp>") _(setcomp_, "<setcomp>")   \
  _(empty_, "")

namespace names {
#define COIL_NAME_DECL(n, ...) extern Str* n;
COIL_NAMES(COIL_NAME_DECL)
#undef COIL_NAME_DECL
}  // namespace names

// Creates the interned names. Called by init_types().
void init_names();

}  // namespace coil
