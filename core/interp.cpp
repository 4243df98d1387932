// Coil — the dispatch loop.
// One C++ activation runs any number of Python frames: a call to a Python
// function pushes a frame and keeps dispatching, a return pops it. Only calls
// that come from C++ (a builtin calling back into Python) nest a new
// activation. Python exceptions are C++ exceptions (PyException); the catch
// at the bottom of the loop finds the handler, or unwinds frames.
#include <csignal>

#include "core/bytecode.h"
#include "core/dict.h"
#include "core/errors.h"
#include "core/float.h"
#include "core/frame_internal.h"
#include "core/function.h"
#include "core/int.h"
#include "core/iterators.h"
#include "core/list.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/set.h"
#include "core/shape.h"
#include "core/slice.h"
#include "core/str.h"
#include "core/tuple.h"
#include "core/type_object.h"

namespace coil {

bool vm_yielded = false;

namespace {

// Back-edges taken before a loop counts as hot (the JIT's trigger).
constexpr uint16_t kHotLoopCount = 1000;

[[noreturn]] void raise_unbound_local(Str* name) {
  raisef(exc::UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
         name->data());
}

[[noreturn]] void raise_free_unbound(Str* name) {
  raisef(exc::NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
         name->data());
}

Value load_global(Frame* f, Str* name) {
  Value v = dict_get_str(f->globals, name);
  if (!v.is_empty()) return v;
  v = dict_get_str(f->builtins, name);
  if (!v.is_empty()) return v;
  raise_name_error(name);
}

Value load_name(Frame* f, Str* name) {
  if (f->locals) {
    Value v = f->locals->type == types::dict ? dict_get_str(f->locals, name) : Value::empty();
    if (!v.is_empty()) return v;
  }
  return load_global(f, name);
}

// The handler region covering `pc`, innermost first; null if none.
const HandlerEntry* find_handler(Code* code, int32_t pc) {
  for (int32_t i = 0; i < code->nhandlers; i++) {
    const HandlerEntry& h = code->handlers[i];
    if (pc >= h.start && pc < h.end) return &h;
  }
  return nullptr;
}

// Sets __context__ of a newly raised exception to the one being handled.
void chain_context(ExceptionObj* e) {
  Value handled = vm.handled_exc;
  if (handled.is_none() || handled.is_empty() || handled.as_object() == e) return;
  // Break cycles: the handled exception must not already lead back to e.
  for (Value c = handled; c.is_object(); c = c.as<ExceptionObj>()->context) {
    if (c.as<ExceptionObj>()->context.is_object() && c.as<ExceptionObj>()->context.as_object() == e) {
      c.as<ExceptionObj>()->context = Value::none();
      break;
    }
  }
  e->context = handled;
}

Value do_format(uint8_t conv, Value v, Value spec) {
  switch (conv) {
    case 1: v = Value::object(to_str(v)); break;
    case 2: v = Value::object(repr(v)); break;
    case 3: v = Value::object(ascii_repr(v)); break;
    default: break;
  }
  Str* s = spec.is_empty() ? names::empty_ : spec.as<Str>();
  return Value::object(format_value(v, s));
}

Value build_string(const Value* parts, int n) {
  size_t total = 0;
  for (int i = 0; i < n; i++) total += static_cast<size_t>(parts[i].as<Str>()->size);
  std::string s;
  s.reserve(total);
  for (int i = 0; i < n; i++) s += parts[i].as<Str>()->view();
  return str_value(s);
}

void unpack_exact(Value seq, Value* out, int n) {
  if (seq.is_object()) {
    Object* o = seq.as_object();
    const Value* items = nullptr;
    int64_t len = -1;
    if (o->type == types::tuple) {
      items = static_cast<Tuple*>(o)->items();
      len = static_cast<Tuple*>(o)->length;
    } else if (o->type == types::list) {
      items = static_cast<List*>(o)->items;
      len = static_cast<List*>(o)->length;
    }
    if (items) {
      if (len == n) {
        for (int i = 0; i < n; i++) out[i] = items[i];
        return;
      }
      if (len > n) raisef(exc::ValueError, "too many values to unpack (expected %d)", n);
      raisef(exc::ValueError, "not enough values to unpack (expected %d, got %lld)", n, static_cast<long long>(len));
    }
  }
  Value it;
  try {
    it = get_iter(seq);
  } catch (PyException& e) {
    if (!exception_matches(e, exc::TypeError)) throw;
    raisef(exc::TypeError, "cannot unpack non-iterable %s object", type_name(seq));
  }
  for (int i = 0; i < n; i++) {
    Value x = iter_next(it);
    if (x.is_empty()) raisef(exc::ValueError, "not enough values to unpack (expected %d, got %d)", n, i);
    out[i] = x;
  }
  if (!iter_next(it).is_empty()) raisef(exc::ValueError, "too many values to unpack (expected %d)", n);
}

void unpack_star(Value seq, Value* out, int before, int after) {
  List* all;
  try {
    all = list_from_iterable(seq);
  } catch (PyException& e) {
    if (!exception_matches(e, exc::TypeError) || has_index(seq) == false) throw;
    raisef(exc::TypeError, "cannot unpack non-iterable %s object", type_name(seq));
  }
  int64_t n = all->length;
  if (n < before + after)
    raisef(exc::ValueError, "not enough values to unpack (expected at least %d, got %lld)", before + after,
           static_cast<long long>(n));
  for (int i = 0; i < before; i++) out[i] = all->items[i];
  out[before] = Value::object(make_list(all->items + before, n - before - after));
  for (int i = 0; i < after; i++) out[before + 1 + i] = all->items[n - after + i];
}

void dict_merge_kwargs(Value target, Value src, Value func) {
  Dict* d = target.as<Dict>();
  std::string who = func.is_empty() ? "" : function_str(func) + " ";
  if (!has_layout(src, Layout::DICT) && getattr_opt(src, names::keys).is_empty())
    raisef(exc::TypeError, "%sargument after ** must be a mapping, not %s", who.c_str(), type_name(src));
  Dict* s = has_layout(src, Layout::DICT) ? src.as<Dict>() : nullptr;
  if (!s) {
    s = make_dict();
    dict_update(s, src);
  }
  Value k, v;
  for (int64_t p = 0; dict_next(s, &p, &k, &v);) {
    if (!has_layout(k, Layout::STR)) raisef(exc::TypeError, "%skeywords must be strings", who.c_str());
    if (!dict_get(d, k).is_empty())
      raisef(exc::TypeError, "%sgot multiple values for keyword argument '%s'", who.c_str(), k.as<Str>()->data());
    dict_set(d, k, v);
  }
}

// f(*args, **kwargs): flattens into a positional array and keyword names.
Value call_ex(Value fn, Value args, Value kwargs) {
  Tuple* pos;
  if (has_layout(args, Layout::TUPLE)) {
    pos = args.as<Tuple>();
  } else {
    if (type_lookup(type_of(args), names::__iter__).is_empty() &&
        type_lookup(type_of(args), names::__getitem__).is_empty())
      raisef(exc::TypeError, "Value after * must be an iterable, not %s", type_name(args));
    pos = tuple_from_iterable(args);
  }
  if (kwargs.is_empty() || kwargs.is_none() || (has_layout(kwargs, Layout::DICT) && kwargs.as<Dict>()->used == 0))
    return call(fn, pos->items(), static_cast<size_t>(pos->length));
  Dict* kw = make_dict();
  dict_merge_kwargs(Value::object(kw), kwargs, Value::empty());
  int64_t nkw = kw->used;
  std::vector<Value> buf(static_cast<size_t>(pos->length + nkw));
  for (int64_t i = 0; i < pos->length; i++) buf[static_cast<size_t>(i)] = (*pos)[i];
  Tuple* kwnames = make_tuple(nkw);
  Value k, v;
  int64_t i = 0;
  for (int64_t p = 0; dict_next(kw, &p, &k, &v); i++) {
    (*kwnames)[i] = Value::object(intern(k.as<Str>()));
    buf[static_cast<size_t>(pos->length + i)] = v;
  }
  return call(fn, buf.data(), static_cast<size_t>(pos->length), kwnames);
}

bool exception_match_value(Value e, Value cls) {
  if (has_layout(cls, Layout::TUPLE)) {
    Tuple* t = cls.as<Tuple>();
    for (int64_t i = 0; i < t->length; i++)
      if (exception_match_value(e, (*t)[i])) return true;
    return false;
  }
  if (!isinstance(cls, types::type) || !is_subtype(cls.as<Type>(), exc::BaseException))
    raise(exc::TypeError, "catching classes that do not inherit from BaseException is not allowed");
  return isinstance(e, cls.as<Type>());
}

// `raise X from Y`.
[[noreturn]] void do_raise(Value v, Value cause, bool has_cause) {
  if (isinstance(v, types::type) && is_subtype(v.as<Type>(), exc::BaseException)) v = call(v, nullptr, 0);
  if (!isinstance(v, exc::BaseException)) raise(exc::TypeError, "exceptions must derive from BaseException");
  if (has_cause) {
    if (isinstance(cause, types::type) && is_subtype(cause.as<Type>(), exc::BaseException))
      cause = call(cause, nullptr, 0);
    if (!cause.is_none() && !isinstance(cause, exc::BaseException))
      raise(exc::TypeError, "exception causes must derive from BaseException");
    v.as<ExceptionObj>()->cause = cause;
    v.as<ExceptionObj>()->suppress_context = true;
  }
  throw PyException{v.as<ExceptionObj>()};
}

Value with_enter(Value mgr, Value* exit_out) {
  Type* t = type_of(mgr);
  Value enter = type_lookup(t, names::__enter__);
  Value exit = type_lookup(t, names::__exit__);
  if (enter.is_empty())
    raisef(exc::TypeError, "'%s' object does not support the context manager protocol", t->name->data());
  if (exit.is_empty())
    raisef(exc::TypeError, "'%s' object does not support the context manager protocol (missed __exit__ method)",
           t->name->data());
  *exit_out = bind_attribute(exit, mgr);
  return call(bind_attribute(enter, mgr), nullptr, 0);
}

// Handles a KeyboardInterrupt requested by the SIGINT handler.
void poll_signals() {
  if (vm.pending_signal) {
    vm.pending_signal = 0;
    throw PyException{new_exception_args(exc::KeyboardInterrupt, empty_tuple())};
  }
}

// A call from CALL/CALLMETHOD to a plain Python function runs in this same
// activation: push its frame (result into the caller's `ret_reg`). Null when
// the callee needs the generic path.
inline Frame* push_call_frame(Value fn, const Value* args, size_t nargs, Tuple* kwnames, uint16_t ret_reg) {
  if (!fn.is_object() || fn.as_object()->type != types::function ||
      (fn.as<Function>()->code->flags & Code::kGenerator))
    return nullptr;
  Frame* callee = push_function_frame(fn.as<Function>(), args, nargs, kwnames);
  callee->entry = false;
  callee->ret_reg = ret_reg;
  return callee;
}

}  // namespace

void add_traceback(ExceptionObj* e, Frame* f) {
  auto* tb = alloc<Traceback>(types::traceback);
  tb->next = e->traceback;
  tb->code = f->code;
  tb->globals = f->globals;
  tb->pc = f->pc;
  tb->line = frame_line(f);
  e->traceback = tb;
}

// Dispatch: computed goto; each op body ends with NEXT (advance) or JUMP.
#define OP(name) L_##name:
#define DISPATCH() goto* kLabels[static_cast<int>(pc->op)]
#define NEXT() \
  do {         \
    ++pc;      \
    DISPATCH(); \
  } while (0)
#define RA (R[pc->a])
#define RB (R[pc->b])
#define RC (R[pc->c])
#define SAVE_PC() (f->pc = static_cast<int32_t>(pc - code->instrs))
#define LOAD_FRAME()      \
  do {                    \
    code = f->code;       \
    R = f->regs;          \
    K = code->consts;     \
    N = code->names;      \
    pc = code->instrs + f->pc; \
  } while (0)

Value run(Frame* f, Value throw_in) {
  static void* const kLabels[] = {
#define COIL_BC_LABEL(name, fmt, doc) &&L_##name,
      COIL_BYTECODES(COIL_BC_LABEL)
#undef COIL_BC_LABEL
  };
  try {
    check_c_stack();
  } catch (PyException&) {
    // The frame was pushed by our caller; it never ran.
    if (f->gen) f->gen->state = Generator::kDone;
    pop_frame(f);
    throw;
  }
  Code* code;
  Value* R;
  Value* K;
  Str** N;
  Instr* pc;
  LOAD_FRAME();
  bool reraise = false;

  for (;;) {
    try {
      if (!throw_in.is_empty()) {
        Value t = throw_in;
        throw_in = Value::empty();
        throw PyException{t.as<ExceptionObj>()};
      }
      DISPATCH();

      OP(NOP) NEXT();
      OP(MOVE) RA = RB; NEXT();
      OP(LOADK) RA = K[pc->b]; NEXT();
      OP(LOADINT) RA = Value::small_int(pc->sbx()); NEXT();
      OP(CLEAR) RA = Value::empty(); NEXT();
      OP(CHECKLOCAL) {
        if (RA.is_empty()) raise_unbound_local(N[pc->b]);
        NEXT();
      }
      OP(GETGLOBAL) {
        // Cached by the dicts' structural versions: the entry index stays
        // valid until a key is added or removed, and the value is read live.
        InlineCache& ic = code->caches[pc - code->instrs];
        Dict* g = f->globals;
        Dict* b = f->builtins;
        if (ic.key == g->version + 1 && ic.aux == b->version + 1) {
          int64_t ix = ic.value.as_int();
          RA = ix >= 0 ? g->entries[ix].value : b->entries[~ix].value;
          NEXT();
        }
        SAVE_PC();
        int64_t ix = dict_find_str(g, N[pc->b]);
        if (ix < 0) {
          int64_t bx = dict_find_str(b, N[pc->b]);
          if (bx < 0) raise_name_error(N[pc->b]);
          ix = ~bx;
        }
        ic = {g->version + 1, b->version + 1, Value::small_int(ix)};
        RA = ix >= 0 ? g->entries[ix].value : b->entries[~ix].value;
        NEXT();
      }
      OP(SETGLOBAL) dict_set(f->globals, Value::object(N[pc->b]), RA); NEXT();
      OP(DELGLOBAL) {
        SAVE_PC();
        if (dict_pop(f->globals, Value::object(N[pc->b])).is_empty()) raise_name_error(N[pc->b]);
        NEXT();
      }
      OP(GETNAME) {
        SAVE_PC();
        RA = load_name(f, N[pc->b]);
        NEXT();
      }
      OP(SETNAME) {
        SAVE_PC();
        if (f->locals->type == types::dict)
          dict_set(f->locals, Value::object(N[pc->b]), RA);
        else
          setitem(Value::object(f->locals), Value::object(N[pc->b]), RA);
        NEXT();
      }
      OP(DELNAME) {
        SAVE_PC();
        if (dict_pop(f->locals, Value::object(N[pc->b])).is_empty()) raise_name_error(N[pc->b]);
        NEXT();
      }
      OP(MAKECELL) RA = Value::object(make_cell(RA)); NEXT();
      OP(GETDEREF) {
        Value v = RB.as<Cell>()->value;
        if (v.is_empty()) {
          SAVE_PC();
          // Cells of this function's own locals report an unbound local.
          if (pc->b < code->free_base) raise_unbound_local(N[pc->c]);
          raise_free_unbound(N[pc->c]);
        }
        RA = v;
        NEXT();
      }
      OP(SETDEREF) RA.as<Cell>()->value = RB; NEXT();
      OP(DELDEREF) {
        Cell* c = RA.as<Cell>();
        if (c->value.is_empty()) {
          SAVE_PC();
          raise_unbound_local(N[pc->b]);
        }
        c->value = Value::empty();
        NEXT();
      }
      OP(GETATTR) {
        // Cached for instance attributes: (shape, class version) → slot.
        Value obj = RB;
        InlineCache& ic = code->caches[pc - code->instrs];
        AttrStore* as = attr_store(obj);
        if (as && reinterpret_cast<uint64_t>(as->shape) == ic.key && ic.key &&
            obj.as_object()->type->version == ic.aux) {
          RA = as->slots[ic.value.as_int()];
          NEXT();
        }
        SAVE_PC();
        RA = getattr(obj, N[pc->c]);
        if (as && as->shape) {
          Type* t = obj.as_object()->type;
          int32_t slot = shape_find(as->shape, N[pc->c]);
          Value descr = type_lookup(t, N[pc->c]);
          bool data_descr = descr.is_object() && (descr.as_object()->type == types::getset_descriptor ||
                                                  descr.as_object()->type == types::property ||
                                                  !descr.as_object()->type->is_builtin);
          if (slot >= 0 && !t->has_getattribute && !data_descr)
            ic = {reinterpret_cast<uint64_t>(as->shape), t->version, Value::small_int(slot)};
        }
        NEXT();
      }
      OP(SETATTR) {
        SAVE_PC();
        setattr(RA, N[pc->b], RC);
        NEXT();
      }
      OP(DELATTR) {
        SAVE_PC();
        delattr(RA, N[pc->b]);
        NEXT();
      }
      OP(GETMETHOD) {
        SAVE_PC();
        Value obj = RB;
        Str* name = N[pc->c];
        Type* t = type_of(obj);
        // Cached: (class version, shape) → the method, when the instance
        // does not shadow it.
        InlineCache& ic = code->caches[pc - code->instrs];
        AttrStore* as = attr_store(obj);
        uint64_t shape_key = as ? reinterpret_cast<uint64_t>(as->shape) : 1;
        if (ic.key == t->version && ic.aux == shape_key && shape_key) {
          R[pc->a] = ic.value;
          R[pc->a + 1] = obj;
          NEXT();
        }
        if (plain_method_lookup(t)) {
          Value descr = type_lookup(t, name);
          if (descr.is_object()) {
            Type* dt = descr.as_object()->type;
            if (dt == types::function || dt == types::method_descriptor) {
              if (!as || attrs_get(as, name).is_empty()) {
                if (!as || as->shape) ic = {t->version, shape_key, descr};
                R[pc->a] = descr;
                R[pc->a + 1] = obj;
                NEXT();
              }
            }
          }
        }
        Value m = getattr(obj, name);
        R[pc->a] = m;
        R[pc->a + 1] = Value::empty();
        NEXT();
      }
      OP(GETITEM) {
        Value obj = RB, key = RC;
        if (obj.is_object() && key.is_int()) {
          Object* o = obj.as_object();
          if (o->type == types::list) {
            auto* l = static_cast<List*>(o);
            int64_t i = key.as_int();
            if (i < 0) i += l->length;
            if (static_cast<uint64_t>(i) < static_cast<uint64_t>(l->length)) {
              RA = l->items[i];
              NEXT();
            }
          }
        }
        SAVE_PC();
        RA = getitem(obj, key);
        NEXT();
      }
      OP(SETITEM) {
        SAVE_PC();
        setitem(RA, RB, RC);
        NEXT();
      }
      OP(DELITEM) {
        SAVE_PC();
        delitem(RA, RB);
        NEXT();
      }
      OP(BINOP) {
        Value a = RB, b = RC;
        if (a.is_int() && b.is_int()) {
          int64_t x = a.as_int(), y = b.as_int(), r;
          switch (static_cast<BinaryOp>(pc->f)) {
            case BinaryOp::ADD:
              r = x + y;
              if (Value::fits_small_int(r)) {
                RA = Value::small_int(r);
                NEXT();
              }
              break;
            case BinaryOp::SUB:
              r = x - y;
              if (Value::fits_small_int(r)) {
                RA = Value::small_int(r);
                NEXT();
              }
              break;
            default:
              break;
          }
        } else if (a.is_double() && b.is_double()) {
          double x = a.as_double(), y = b.as_double();
          switch (static_cast<BinaryOp>(pc->f)) {
            case BinaryOp::ADD: RA = Value::number(x + y); NEXT();
            case BinaryOp::SUB: RA = Value::number(x - y); NEXT();
            case BinaryOp::MUL: RA = Value::number(x * y); NEXT();
            default: break;
          }
        }
        SAVE_PC();
        RA = binary_op(static_cast<BinaryOp>(pc->f), a, b);
        NEXT();
      }
      OP(INPLACE) {
        Value a = RB, b = RC;
        if (a.is_int() && b.is_int() && static_cast<BinaryOp>(pc->f) == BinaryOp::ADD) {
          int64_t r = a.as_int() + b.as_int();
          if (Value::fits_small_int(r)) {
            RA = Value::small_int(r);
            NEXT();
          }
        }
        SAVE_PC();
        RA = inplace_op(static_cast<BinaryOp>(pc->f), a, b);
        NEXT();
      }
      OP(UNOP) {
        SAVE_PC();
        RA = unary_op(static_cast<UnaryOp>(pc->f), RB);
        NEXT();
      }
      OP(NOT) {
        SAVE_PC();
        RA = Value::boolean(!truthy(RB));
        NEXT();
      }
      OP(COMPARE) {
        Value a = RB, b = RC;
        if (a.is_int() && b.is_int()) {
          int64_t x = a.as_int(), y = b.as_int();
          bool r;
          switch (static_cast<CompareOp>(pc->f)) {
            case CompareOp::LT: r = x < y; break;
            case CompareOp::LE: r = x <= y; break;
            case CompareOp::EQ: r = x == y; break;
            case CompareOp::NE: r = x != y; break;
            case CompareOp::GT: r = x > y; break;
            default: r = x >= y; break;
          }
          RA = Value::boolean(r);
          NEXT();
        }
        SAVE_PC();
        RA = rich_compare(a, b, static_cast<CompareOp>(pc->f));
        NEXT();
      }
      OP(IS) RA = Value::boolean(RB.is(RC) != (pc->f != 0)); NEXT();
      OP(CONTAINS) {
        SAVE_PC();
        RA = Value::boolean(contains(RC, RB) != (pc->f != 0));
        NEXT();
      }
      OP(JMP) {
        pc += 1 + pc->sbx();
        DISPATCH();
      }
      OP(LOOP) {
        if (--pc->a == 0) pc->a = kHotLoopCount;  // the JIT's hook goes here
        if (vm.pending_signal) {
          SAVE_PC();
          poll_signals();
        }
        pc += 1 + pc->sbx();
        DISPATCH();
      }
      OP(JMPIF) {
        Value v = RA;
        bool t;
        if (v.is_bool()) {
          t = v.as_bool();
        } else {
          SAVE_PC();
          t = truthy(v);
        }
        pc += t ? 1 + pc->sbx() : 1;
        DISPATCH();
      }
      OP(JMPIFNOT) {
        Value v = RA;
        bool t;
        if (v.is_bool()) {
          t = v.as_bool();
        } else {
          SAVE_PC();
          t = truthy(v);
        }
        pc += t ? 1 : 1 + pc->sbx();
        DISPATCH();
      }
      OP(JMPIFNONE) {
        pc += RA.is_none() ? 1 + pc->sbx() : 1;
        DISPATCH();
      }
      OP(GETITER) {
        SAVE_PC();
        Value v = RB;
        if (v.is_object() && v.as_object()->type == types::list)
          RA = make_list_iterator(v.as<List>());
        else
          RA = get_iter(v);
        NEXT();
      }
      OP(FORITER) {
        Value it = RA;
        Value x;
        SAVE_PC();  // builtin iterators such as map() run Python code
        if (is_builtin_iterator(it.as_object()->type)) {
          x = builtin_iter_next(it.as_object());
        } else {
          x = iter_next(it);
        }
        if (x.is_empty()) {
          pc += 1 + pc->sbx();
          DISPATCH();
        }
        R[pc->a + 1] = x;
        NEXT();
      }
      OP(CALL) {
        SAVE_PC();
        Value fn = RA;
        Tuple* kwnames = pc->c ? K[pc->c - 1].as<Tuple>() : nullptr;
        size_t nargs = pc->b - (kwnames ? static_cast<size_t>(kwnames->length) : 0);
        Value* args = &R[pc->a + 1];
        if (Frame* callee = push_call_frame(fn, args, nargs, kwnames, pc->a)) {
          f = callee;
          LOAD_FRAME();
          DISPATCH();
        }
        RA = call(fn, args, nargs, kwnames);
        NEXT();
      }
      OP(CALLMETHOD) {
        SAVE_PC();
        Tuple* kwnames = pc->c ? K[pc->c - 1].as<Tuple>() : nullptr;
        size_t nargs = pc->b - (kwnames ? static_cast<size_t>(kwnames->length) : 0);
        Value fn = RA;
        Value* args = &R[pc->a + 1];
        if (args[0].is_empty()) {
          args++;
        } else {
          nargs++;
          if (fn.as_object()->type == types::method_descriptor) {
            RA = fn.as<BuiltinFunction>()->def->fn(args[0], args + 1, nargs - 1, kwnames);
            NEXT();
          }
        }
        if (Frame* callee = push_call_frame(fn, args, nargs, kwnames, pc->a)) {
          f = callee;
          LOAD_FRAME();
          DISPATCH();
        }
        RA = call(fn, args, nargs, kwnames);
        NEXT();
      }
      OP(CALLEX) {
        SAVE_PC();
        RA = call_ex(RA, R[pc->a + 1], pc->b ? R[pc->a + 2] : Value::empty());
        NEXT();
      }
      OP(RETURN) {
        Value result = RA;
        if (f->gen) {
          f->gen->state = Generator::kDone;
          pop_frame(f);
          vm_yielded = false;
          return result;
        }
        bool entry = f->entry;
        uint16_t ret_reg = f->ret_reg;
        pop_frame(f);
        if (entry) return result;
        f = &vm.frames[vm.depth - 1];
        LOAD_FRAME();
        R[ret_reg] = result;
        NEXT();
      }
      OP(YIELD) {
        Generator* g = f->gen;
        Value v = RB;
        g->pc = static_cast<int32_t>(pc - code->instrs) + 1;
        g->resume_reg = pc->a;
        for (uint16_t i = 0; i < code->nregs; i++) g->saved_regs[i] = R[i];
        g->state = Generator::kSuspended;
        pop_frame(f);
        vm_yielded = true;
        return v;
      }
      OP(YIELDFROM) {
        SAVE_PC();
        Value it = RA;
        Value sent = R[pc->a + 1];
        Value out;
        Value result = Value::none();
        if (has_layout(it, Layout::GENERATOR)) {
          out = generator_send(it.as<Generator>(), sent, &result);
        } else if (sent.is_none()) {
          out = iter_next(it);
          if (out.is_empty()) {
            // A plain iterator's exhaustion carries no value.
            result = Value::none();
          }
        } else {
          try {
            out = call_method(it, names::send, {sent});
          } catch (PyException& e) {
            if (!exception_matches(e, exc::StopIteration)) throw;
            out = Value::empty();
            Tuple* a = e.exc->args;
            result = a->length ? (*a)[0] : Value::none();
          }
        }
        if (out.is_empty()) {
          R[pc->a + 1] = result;
          NEXT();
        }
        // Suspend, resuming at this same instruction with the sent value.
        Generator* g = f->gen;
        g->pc = static_cast<int32_t>(pc - code->instrs);
        g->resume_reg = pc->a + 1;
        for (uint16_t i = 0; i < code->nregs; i++) g->saved_regs[i] = R[i];
        g->state = Generator::kSuspended;
        pop_frame(f);
        vm_yielded = true;
        return out;
      }
      OP(BUILDTUPLE) RA = Value::object(make_tuple(&RB, pc->c)); NEXT();
      OP(BUILDLIST) RA = Value::object(make_list(&RB, pc->c)); NEXT();
      OP(BUILDSET) {
        SAVE_PC();
        Set* s = make_set();
        for (uint16_t i = 0; i < pc->c; i++) set_add(s, R[pc->b + i]);
        RA = Value::object(s);
        NEXT();
      }
      OP(BUILDDICT) {
        SAVE_PC();
        Dict* d = make_dict(pc->c);
        for (uint16_t i = 0; i < pc->c; i++) dict_set(d, R[pc->b + 2 * i], R[pc->b + 2 * i + 1]);
        RA = Value::object(d);
        NEXT();
      }
      OP(BUILDSLICE) {
        auto* s = alloc<Slice>(types::slice);
        s->start = R[pc->b];
        s->stop = R[pc->b + 1];
        s->step = pc->c == 3 ? R[pc->b + 2] : Value::none();
        RA = Value::object(s);
        NEXT();
      }
      OP(BUILDSTRING) RA = build_string(&RB, pc->c); NEXT();
      OP(LISTAPPEND) list_append(RA.as<List>(), RB); NEXT();
      OP(LISTEXTEND) {
        SAVE_PC();
        Value src = RB;
        if (type_lookup(type_of(src), names::__iter__).is_empty() &&
            type_lookup(type_of(src), names::__getitem__).is_empty()) {
          // F > 0: building call arguments, the callee is F registers below.
          if (pc->f)
            raisef(exc::TypeError, "%s argument after * must be an iterable, not %s",
                   function_str(R[pc->a - pc->f]).c_str(), type_name(src));
          raisef(exc::TypeError, "Value after * must be an iterable, not %s", type_name(src));
        }
        list_extend(RA.as<List>(), src);
        NEXT();
      }
      OP(LISTTOTUPLE) {
        List* l = RB.as<List>();
        RA = Value::object(make_tuple(l->items, l->length));
        NEXT();
      }
      OP(SETADD) {
        SAVE_PC();
        set_add(RA.as<Set>(), RB);
        NEXT();
      }
      OP(SETUPDATE) {
        SAVE_PC();
        set_update(RA.as<Set>(), RB);
        NEXT();
      }
      OP(DICTSET) {
        SAVE_PC();
        dict_set(RA.as<Dict>(), RB, RC);
        NEXT();
      }
      OP(DICTUPDATE) {
        SAVE_PC();
        Value src = RB;
        if (!has_layout(src, Layout::DICT) && getattr_opt(src, names::keys).is_empty())
          raisef(exc::TypeError, "'%s' object is not a mapping", type_name(src));
        dict_update(RA.as<Dict>(), src);
        NEXT();
      }
      OP(DICTMERGE) {
        SAVE_PC();
        dict_merge_kwargs(RA, RB, R[pc->a - pc->f]);
        NEXT();
      }
      OP(UNPACK) {
        SAVE_PC();
        unpack_exact(RB, &RA, pc->c);
        NEXT();
      }
      OP(UNPACKEX) {
        SAVE_PC();
        unpack_star(RB, &RA, pc->c & 0xFF, pc->c >> 8);
        NEXT();
      }
      OP(FORMAT) {
        SAVE_PC();
        RA = do_format(pc->f, RB, pc->c == kNoReg ? Value::empty() : RC);
        NEXT();
      }
      OP(MAKEFUNC) {
        Code* fc = K[pc->b].as<Code>();
        Function* fn = make_function(fc, f->globals, fc->qualname);
        uint16_t extra = pc->c;
        if (pc->f & 1) fn->defaults = R[extra].as<Tuple>();
        if (pc->f & 2) fn->kwdefaults = R[extra + 1].as<Dict>();
        if (pc->f & 4) fn->closure = R[extra + 2].as<Tuple>();
        if (pc->f & 8) fn->annotations = R[extra + 3].as<Dict>();
        if (fc->flags & Code::kHasDoc) fn->doc = fc->consts[0];
        RA = Value::object(fn);
        NEXT();
      }
      OP(BUILDCLASS) {
        SAVE_PC();
        Tuple* kwnames = pc->c ? K[pc->c - 1].as<Tuple>() : nullptr;
        size_t nkw = kwnames ? static_cast<size_t>(kwnames->length) : 0;
        Value build = dict_get_str(f->builtins, names::__build_class__);
        if (build.is_empty()) raise(exc::NameError, "__build_class__ not found");
        // Arguments: body, name, bases..., keyword values.
        RA = call(build, &R[pc->a + 1], 2 + pc->b, kwnames);
        (void)nkw;
        NEXT();
      }
      OP(IMPORT) {
        SAVE_PC();
        RA = import_module(N[pc->b], f->globals, pc->c, pc->f != 0);
        NEXT();
      }
      OP(IMPORTFROM) {
        SAVE_PC();
        Value mod = RB;
        Str* name = N[pc->c];
        Value v = getattr_opt(mod, name);
        if (v.is_empty() && has_layout(mod, Layout::MODULE)) {
          // A submodule not yet imported: `from pkg import sub`.
          Str* full = make_str(std::string(mod.as<Module>()->name->view()) + "." + std::string(name->view()));
          try {
            import_module(full, f->globals, 0, true);
            v = getattr_opt(mod, name);
          } catch (PyException& e) {
            if (!exception_matches(e, exc::ImportError)) throw;
          }
        }
        if (v.is_empty()) {
          std::string modname = has_layout(mod, Layout::MODULE) ? std::string(mod.as<Module>()->name->view()) : "?";
          Value file = has_layout(mod, Layout::MODULE) ? dict_get_str(mod.as<Module>()->dict, names::__file__)
                                                        : Value::empty();
          std::string where = has_layout(file, Layout::STR) ? std::string(file.as<Str>()->view()) : "unknown location";
          raisef(exc::ImportError, "cannot import name '%s' from '%s' (%s)", name->data(), modname.c_str(),
                 where.c_str());
        }
        RA = v;
        NEXT();
      }
      OP(IMPORTSTAR) {
        SAVE_PC();
        Module* m = RA.as<Module>();
        Dict* target = f->locals ? f->locals : f->globals;
        Value all = dict_get_str(m->dict, names::__all__);
        if (!all.is_empty()) {
          Value it = get_iter(all);
          for (Value n; !(n = iter_next(it)).is_empty();) dict_set(target, n, getattr(RA, to_str(n)));
        } else {
          Value k, v;
          for (int64_t p = 0; dict_next(m->dict, &p, &k, &v);)
            if (has_layout(k, Layout::STR) && k.as<Str>()->size && k.as<Str>()->data()[0] != '_') dict_set(target, k, v);
        }
        NEXT();
      }
      OP(RAISE) {
        SAVE_PC();
        if (pc->f == 2) {
          Value cur = vm.handled_exc;
          if (cur.is_none() || cur.is_empty()) raise(exc::RuntimeError, "No active exception to reraise");
          reraise = true;
          throw PyException{cur.as<ExceptionObj>()};
        }
        do_raise(RA, pc->f == 1 ? RB : Value::empty(), pc->f == 1);
      }
      OP(RERAISE) {
        SAVE_PC();
        reraise = true;
        throw PyException{RA.as<ExceptionObj>()};
      }
      OP(EXCMATCH) {
        SAVE_PC();
        RA = Value::boolean(exception_match_value(RB, RC));
        NEXT();
      }
      OP(PUSHEXC) {
        RA = vm.handled_exc;
        vm.handled_exc = RB;
        NEXT();
      }
      OP(POPEXC) {
        vm.handled_exc = RA.is_empty() ? Value::none() : RA;
        NEXT();
      }
      OP(WITHENTER) {
        SAVE_PC();
        Value exit;
        Value r = with_enter(RC, &exit);
        RB = exit;
        RA = r;
        NEXT();
      }
      OP(WITHEXIT) {
        SAVE_PC();
        Value e = pc->c == kNoReg ? Value::empty() : RC;
        Value r;
        if (e.is_empty() || e.is_none()) {
          r = call(RB, {Value::none(), Value::none(), Value::none()});
        } else {
          Traceback* tb = e.as<ExceptionObj>()->traceback;
          r = call(RB, {Value::object(type_of(e)), e, tb ? Value::object(tb) : Value::none()});
        }
        RA = r;
        NEXT();
      }
      OP(ASSERTFAIL) {
        SAVE_PC();
        if (pc->a == kNoReg) throw PyException{new_exception_args(exc::AssertionError, empty_tuple())};
        throw PyException{new_exception_args(exc::AssertionError, make_tuple({RA}))};
      }
      OP(SETUPANNOT) {
        Dict* ns = f->locals ? f->locals : f->globals;
        if (dict_get_str(ns, names::__annotations__).is_empty())
          dict_set(ns, Value::object(names::__annotations__), Value::object(make_dict()));
        NEXT();
      }
    } catch (PyException& e) {
      // Find a handler, unwinding frames of this activation.
      ExceptionObj* ex = e.exc;
      f->pc = static_cast<int32_t>(pc - code->instrs);
      if (!reraise) {
        if (!ex->traceback) chain_context(ex);
        add_traceback(ex, f);
      }
      reraise = false;
      for (;;) {
        const HandlerEntry* h = find_handler(f->code, f->pc);
        if (h) {
          f->regs[h->reg] = Value::object(ex);
          f->pc = h->handler;
          LOAD_FRAME();
          break;
        }
        if (f->gen) f->gen->state = Generator::kDone;
        bool entry = f->entry;
        pop_frame(f);
        if (entry) {
          vm_yielded = false;
          throw;
        }
        f = &vm.frames[vm.depth - 1];
        add_traceback(ex, f);
      }
    }
  }
}

// ---- entry points from C++ ----

Value call_function(Function* fn, const Value* args, size_t nargs, Tuple* kwnames) {
  if (fn->code->flags & Code::kGenerator) return make_generator(fn, args, nargs, kwnames);
  Frame* f = push_function_frame(fn, args, nargs, kwnames);
  return run(f, Value::empty());
}

Value run_module_code(Code* code, Dict* globals) {
  Frame* f = push_frame(code, nullptr, globals, globals);
  return run(f, Value::empty());
}

Value run_class_body(Function* body, Dict* ns) {
  Frame* f = push_frame(body->code, body, body->globals, ns);
  Code* code = body->code;
  for (uint16_t i = 0; i < code->nfree; i++) f->regs[code->free_base + i] = (*body->closure)[i];
  return run(f, Value::empty());
}

}  // namespace coil
