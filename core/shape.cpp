// Coil — shapes (hidden classes) and instance attribute storage.
#include "core/shape.h"

#include "core/dict.h"
#include "core/str.h"

namespace coil {

namespace {

inline uint32_t name_slot(Str* name, int32_t mask) {
  // Interned names are unique objects: hash the pointer, not the text.
  uint64_t h = reinterpret_cast<uint64_t>(name) >> 4;
  return static_cast<uint32_t>((h ^ (h >> 17)) & static_cast<uint64_t>(mask));
}

void build_lookup(Shape* s) {
  int32_t size = 16;
  while (size < s->count * 2) size *= 2;
  s->lookup_mask = size - 1;
  s->lookup = static_cast<Shape::Entry*>(gc_alloc(sizeof(Shape::Entry) * size));
  for (Shape* p = s; p->parent; p = p->parent) {
    uint32_t i = name_slot(p->name, s->lookup_mask);
    while (s->lookup[i].name) i = (i + 1) & s->lookup_mask;
    s->lookup[i] = {p->name, p->index};
  }
}

void insert_transition(Shape* s, Str* name, Shape* child) {
  if (s->transition_mask < 0 || (s->ntransitions + 1) * 2 > s->transition_mask + 1) {
    int32_t size = s->transition_mask < 0 ? 4 : (s->transition_mask + 1) * 2;
    auto* table = static_cast<Shape::Transition*>(gc_alloc(sizeof(Shape::Transition) * size));
    for (int32_t i = 0; i <= s->transition_mask; i++) {
      Shape::Transition& t = s->transitions[i];
      if (!t.name) continue;
      uint32_t j = name_slot(t.name, size - 1);
      while (table[j].name) j = (j + 1) & (size - 1);
      table[j] = t;
    }
    s->transitions = table;
    s->transition_mask = size - 1;
  }
  uint32_t i = name_slot(name, s->transition_mask);
  while (s->transitions[i].name) i = (i + 1) & s->transition_mask;
  s->transitions[i] = {name, child};
  s->ntransitions++;
}

// Slots grow in steps of 4 (so capacity is derivable from the count).
inline int32_t slot_capacity(int32_t count) { return (count + 3) & ~3; }

}  // namespace

Shape* make_root_shape(Type* owner) {
  auto* s = gc_new<Shape>();
  s->owner = owner;
  s->transition_mask = -1;
  s->lookup_mask = -1;
  return s;
}

int32_t shape_find(Shape* shape, Str* name) {
  if (shape->count > 8) {
    if (!shape->lookup) build_lookup(shape);
    for (uint32_t i = name_slot(name, shape->lookup_mask);; i = (i + 1) & shape->lookup_mask) {
      if (shape->lookup[i].name == name) return shape->lookup[i].index;
      if (!shape->lookup[i].name) return -1;
    }
  }
  for (Shape* s = shape; s->parent; s = s->parent)
    if (s->name == name) return s->index;
  return -1;
}

Shape* shape_add(Shape* shape, Str* name) {
  if (shape->transition_mask >= 0) {
    for (uint32_t i = name_slot(name, shape->transition_mask);; i = (i + 1) & shape->transition_mask) {
      if (shape->transitions[i].name == name) return shape->transitions[i].child;
      if (!shape->transitions[i].name) break;
    }
  }
  auto* child = gc_new<Shape>();
  child->parent = shape;
  child->name = name;
  child->index = shape->count;
  child->count = shape->count + 1;
  child->owner = shape->owner;
  child->transition_mask = -1;
  child->lookup_mask = -1;
  insert_transition(shape, name, child);
  return child;
}

Value attrs_get(AttrStore* a, Str* name) {
  if (a->shape) {
    if (!name->interned) name = intern(name);
    int32_t i = shape_find(a->shape, name);
    return i < 0 ? Value::empty() : a->slots[i];
  }
  return a->dict ? dict_get_str(a->dict, name) : Value::empty();
}

Dict* attrs_dict(AttrStore* a) {
  if (!a->shape) {
    if (!a->dict) a->dict = make_dict();
    return a->dict;
  }
  // Rebuild insertion order: walk the chain root-first.
  Dict* d = make_dict(a->shape->count);
  Shape* chain[kMaxSlots + 1];
  int n = 0;
  for (Shape* s = a->shape; s->parent; s = s->parent) chain[n++] = s;
  while (n--) dict_set(d, Value::object(chain[n]->name), a->slots[chain[n]->index]);
  a->shape = nullptr;
  a->slots = nullptr;
  a->dict = d;
  return d;
}

void attrs_set(Type* owner, AttrStore* a, Str* name, Value v) {
  if (!name->interned) name = intern(name);
  if (!a->shape) {
    if (!a->dict) {
      // A fresh instance: start on its class's shape tree.
      a->shape = owner->root_shape;
      if (!a->shape) a->dict = make_dict();
    }
    if (!a->shape) {
      dict_set(a->dict, Value::object(name), v);
      return;
    }
  }
  int32_t i = shape_find(a->shape, name);
  if (i >= 0) {
    a->slots[i] = v;
    return;
  }
  if (a->shape->count >= kMaxSlots) {
    dict_set(attrs_dict(a), Value::object(name), v);
    return;
  }
  int32_t count = a->shape->count;
  if (count == slot_capacity(count)) {
    auto* slots = static_cast<Value*>(gc_alloc(sizeof(Value) * slot_capacity(count + 1)));
    for (int32_t k = 0; k < count; k++) slots[k] = a->slots[k];
    a->slots = slots;
  }
  a->shape = shape_add(a->shape, name);
  a->slots[count] = v;
}

bool attrs_delete(AttrStore* a, Str* name) {
  if (a->shape) {
    if (!name->interned) name = intern(name);
    if (shape_find(a->shape, name) < 0) return false;
    attrs_dict(a);
  }
  if (!a->dict) return false;
  return !dict_pop(a->dict, Value::object(name)).is_empty();
}

}  // namespace coil
