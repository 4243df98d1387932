// Coil — struct sequences: tuples whose items are also named attributes
// (sys.version_info, sys.float_info, time.struct_time), with CPython's repr
// "sys.version_info(major=3, minor=11, ...)". Fields past the sequence part
// (struct_time's tm_zone, tm_gmtoff) are attributes only, stored after the
// tuple's items.
#include <string>

#include "core/args.h"
#include "core/builtins_internal.h"
#include "core/errors.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {

namespace {

struct StructSeqInfo {
  Type* type;
  Tuple* fields;         // all field names
  int64_t n_sequence;    // how many of them are tuple items
};
StructSeqInfo g_struct_seqs[16];
int g_nstruct_seqs;

const StructSeqInfo* info_of(Type* t) {
  for (int i = 0; i < g_nstruct_seqs; i++)
    if (is_subtype(t, g_struct_seqs[i].type)) return &g_struct_seqs[i];
  return nullptr;
}

constexpr int kMaxFields = 20;

// Field I lives at items()[I], even past the tuple's length.
template <int I>
Value field_at(Value self) {
  return self.as<Tuple>()->items()[I];
}

constexpr GetterFn kFieldGetters[kMaxFields] = {
    field_at<0>,  field_at<1>,  field_at<2>,  field_at<3>,  field_at<4>,  field_at<5>,  field_at<6>,
    field_at<7>,  field_at<8>,  field_at<9>,  field_at<10>, field_at<11>, field_at<12>, field_at<13>,
    field_at<14>, field_at<15>, field_at<16>, field_at<17>, field_at<18>, field_at<19>};

Value struct_seq_repr(Value self, const Value*, size_t, Tuple*) {
  Type* t = type_of(self);
  const StructSeqInfo* info = info_of(t);
  Tuple* items = self.as<Tuple>();
  std::string s;
  if (t->module) {
    s += t->module->view();
    s += '.';
  }
  s += t->name->view();
  s += '(';
  for (int64_t i = 0; info && i < items->length && i < info->n_sequence; i++) {
    if (i) s += ", ";
    s += (*info->fields)[i].as<Str>()->view();
    s += '=';
    s += repr((*items)[i])->view();
  }
  s += ')';
  return str_value(s);
}

// struct_time(sequence): from a sequence of n_sequence (up to all) items.
Value struct_seq_new(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 1 || !isinstance(args[0], types::type)) raise(exc::TypeError, "struct sequence __new__: no type");
  Type* t = args[0].as<Type>();
  Value a[2];
  parse_args(t->name->data(), args + 1, nargs - 1, kwnames, {"sequence", "dict"}, 1, a);
  const StructSeqInfo* info = info_of(t);
  Tuple* seq = tuple_from_iterable(a[0]);
  int64_t nfields = info->fields->length;
  if (seq->length < info->n_sequence) {
    raisef(exc::TypeError, "%s.%s() takes an at least %lld-sequence (%lld-sequence given)", t->module->data(),
           t->name->data(), static_cast<long long>(info->n_sequence), static_cast<long long>(seq->length));
  }
  if (seq->length > nfields) {
    raisef(exc::TypeError, "%s.%s() takes an at most %lld-sequence (%lld-sequence given)", t->module->data(),
           t->name->data(), static_cast<long long>(nfields), static_cast<long long>(seq->length));
  }
  std::vector<Value> values(seq->items(), seq->items() + seq->length);
  values.resize(static_cast<size_t>(nfields), Value::none());
  return make_struct_seq(t, values.data(), values.size());
}

const MethodDef kStructSeqMethods[] = {
    {"__repr__", struct_seq_repr, MethodDef::kInstance},
    {"__new__", struct_seq_new, MethodDef::kStatic},
};

}  // namespace

Type* make_struct_seq_type(const char* module, const char* name, std::initializer_list<const char*> fields,
                           int64_t n_sequence) {
  if (fields.size() > kMaxFields || g_nstruct_seqs == 16) raise(exc::SystemError, "too many struct sequence fields");
  Type* t = make_builtin_type(name, types::tuple, Layout::TUPLE, sizeof(Tuple), kStructSeqMethods);
  t->module = intern(module);
  auto* defs = static_cast<GetSetDef*>(gc_alloc(sizeof(GetSetDef) * fields.size()));
  Tuple* names = make_tuple(static_cast<int64_t>(fields.size()));
  size_t i = 0;
  for (const char* f : fields) {
    defs[i] = GetSetDef{f, kFieldGetters[i], nullptr};
    (*names)[static_cast<int64_t>(i)] = Value::object(intern(f));
    i++;
  }
  add_getsets(t, std::span<const GetSetDef>(defs, fields.size()));
  g_struct_seqs[g_nstruct_seqs++] = StructSeqInfo{t, names, n_sequence};
  type_set_attr(t, "n_fields", Value::small_int(static_cast<int64_t>(fields.size())));
  type_set_attr(t, "n_sequence_fields", Value::small_int(n_sequence));
  type_set_attr(t, "n_unnamed_fields", Value::small_int(0));
  return t;
}

Value make_struct_seq(Type* t, const Value* values, size_t n) {
  const StructSeqInfo* info = info_of(t);
  auto* obj = static_cast<Tuple*>(alloc_object(t, sizeof(Tuple) + sizeof(Value) * n));
  obj->length = info ? info->n_sequence : static_cast<int64_t>(n);
  for (size_t i = 0; i < n; i++) obj->items()[i] = values[i];
  return Value::object(obj);
}

}  // namespace coil
