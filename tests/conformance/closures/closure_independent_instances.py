# Each call of the enclosing function creates independent cells.
def make():
    state = []
    def push(v):
        state.append(v)
        return len(state)
    def peek():
        return state[-1] if state else None
    return push, peek
push1, peek1 = make()
push2, peek2 = make()
push1('a'); push1('b'); push2('x')
print(peek1(), peek2(), push1('c'), push2('y'))
print(push1 is push2, push1.__name__)
