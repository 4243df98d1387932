# Indentation: mixed depths, tabs-only blocks, deep nesting.
def f(n):
    if n > 0:
        for i in range(n):
            if i % 2:
                while True:
                    print("odd", i)
                    break
            else:
                print("even", i)
    else:
      print("two-space block")
      if True:
              print("deep, irregular indentation")
    return n
f(3)
f(0)
if True:
	print("tab-indented block")
	if True:
		print("two tabs")
class C:
 x = 1
 def m(self):
  return self.x
print(C().m())
if True: print("simple statement on same line"); print("second")
for i in range(2): print("loop body", i)
while False: pass
else: print("while else inline")
