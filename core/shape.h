// Coil — shapes (hidden classes): the layout of an instance's attributes.
// A shape maps attribute names to slot indices and is shared by every
// instance that got the same attributes in the same order, so `obj.x` can be
// "check shape, load slot" for an inline cache or a trace. Shapes form a tree
// per class rooted at Type::root_shape; adding an attribute follows (or
// creates) a transition. Deleting an attribute, or growing past kMaxSlots,
// moves the instance to dictionary mode (AttrStore::shape == null).
#pragma once

#include "core/object.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {

struct Shape {
  Shape* parent;        // null for a root
  Str* name;            // attribute added by this transition (null at root)
  int32_t index;        // slot of `name`
  int32_t count;        // number of attributes, == index + 1 (0 at root)
  Type* owner;          // the class whose instances use this tree
  // Transitions to children: a small open-addressed table of (name, child).
  int32_t ntransitions;
  int32_t transition_mask;   // table size - 1, or -1 when empty
  struct Transition { Str* name; Shape* child; }* transitions;
  // name → slot cache for long chains (built lazily when count > 8).
  struct Entry { Str* name; int32_t index; }* lookup;
  int32_t lookup_mask;
};

constexpr int32_t kMaxSlots = 64;

Shape* make_root_shape(Type* owner);
// Slot index of `name` in this shape, or -1. `name` must be interned.
int32_t shape_find(Shape* shape, Str* name);
// The shape after adding `name` (cached transition).
Shape* shape_add(Shape* shape, Str* name);

// Instance attribute access on an AttrStore (shape or dict mode). Names must
// be interned strs for the shape path.
Value attrs_get(AttrStore* a, Str* name);                 // Empty if absent
void attrs_set(Type* owner, AttrStore* a, Str* name, Value v);
bool attrs_delete(AttrStore* a, Str* name);               // false if absent
// Switches to dictionary mode (if needed) and returns the attribute dict, as
// `obj.__dict__` does.
Dict* attrs_dict(AttrStore* a);

// The AttrStore of an object whose type allows attributes, or null.
// Variable-size layouts (tuple, str and bytes subclasses) keep it after
// their items.
inline AttrStore* attr_store(Value v) {
  if (!v.is_object()) return nullptr;
  Object* o = v.as_object();
  size_t off = o->type->attrs_offset;
  if (!off) return nullptr;
  switch (o->type->layout) {
    case Layout::TUPLE: off += sizeof(Value) * static_cast<size_t>(static_cast<Tuple*>(o)->length); break;
    case Layout::STR: return str_attr_store(static_cast<Str*>(o));
    case Layout::BYTES: return bytes_attr_store(static_cast<Bytes*>(o));
    default: break;
  }
  return reinterpret_cast<AttrStore*>(reinterpret_cast<char*>(o) + off);
}

}  // namespace coil
