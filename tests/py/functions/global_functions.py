# Functions reading and rebinding module globals.
CONFIG = {'debug': False}
items = []
def add(x):
    items.append(x)
def set_debug(v):
    CONFIG['debug'] = v
def reset():
    global items
    items = []
add(1); add(2)
print(items)
set_debug(True)
print(CONFIG)
old = items
reset()
print(items, old)
def read_late():
    return LATE
try:
    read_late()
except NameError as e:
    print(type(e).__name__, e)
LATE = 'now defined'
print(read_late())
def g():
    print(undefined_thing)
try:
    g()
except NameError as e:
    print(type(e).__name__, e)
