# mp-differs: MicroPython's exact error texts for containers and builtins (errors-and-tracebacks.md §3).
# Extended slices (stepped tuple slicing, stepped list stores and deletions, stores of any iterable), set
# operators on dict views and calling slice() follow CPython here: MicroPython's errors for them are
# limitations, so those checks print 'no error' (slice() without arguments gets MicroPython's arity text).
def check(f):
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__ + ':', e)
check(lambda: [].pop())
check(lambda: [1].pop(5))
check(lambda: [1].remove(2))
check(lambda: [].index(1))
check(lambda: ().index(1))
check(lambda: {}['k'])
check(lambda: {}.pop('a'))
check(lambda: {}.popitem())
check(lambda: dict([(1, 2, 3)]))
check(lambda: set().pop())
check(lambda: min([]))
check(lambda: range(0, 10, 0))
check(lambda: [1, 2, 3][1:2:0])
check(lambda: (1, 2)[::2])
check(lambda: reversed(1))
check(lambda: next([]))
check(lambda: len(1))
check(lambda: sorted([1], len))
check(lambda: [1, 2][2 ** 70])
check(lambda: [1, 2]['a'])
check(lambda: (1, 2)[5])
check(lambda: chr(-1))
check(lambda: ord('ab'))
check(lambda: isinstance(1, 1))
check(lambda: issubclass(1, int))
check(lambda: hash([]))
check(lambda: set().add([]))
check(lambda: {}[[]])
check(lambda: sorted([1, 'a']))
check(lambda: sum(['a']))
check(lambda: slice())
check(lambda: zip([1], strict=True))
check(lambda: print(foo=2))
check(lambda: print(end=1))
check(lambda: getattr(1, 2))
check(lambda: max())
check(lambda: exec(1))
check(lambda: exec('x', 1))
check(lambda: {}.keys() & {1})
check(lambda: [1] + (1,))
check(lambda: list(1))
check(lambda: dict([1]))
check(lambda: [].sort(key=1, foo=2))
check(lambda: [3, 1].sort(len))
def del_step():
    l = [1, 2, 3, 4]
    del l[::2]
check(del_step)
def store_step():
    l = [1, 2, 3, 4]
    l[::2] = [0, 0]
check(store_step)
def store_range():
    l = [1, 2]
    l[3:] = range(2)
check(store_range)
def del_empty():
    del [][0]
check(del_empty)
