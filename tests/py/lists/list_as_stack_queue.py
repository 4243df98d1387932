# Lists as stacks and queues.
stack = []
for c in "abc":
    stack.append(c)
    print("push", c, stack)
while stack:
    print("pop", stack.pop(), stack)
queue = list(range(5))
while queue:
    x = queue.pop(0)
    if x % 2 == 0 and x < 4:
        queue.append(x + 10)
    print("dequeue", x, queue)
def balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    st = []
    for ch in s:
        if ch in '([{':
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "}"]:
    print(repr(s), balanced(s))
