from collections import deque


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__)


d = deque([1, 2], 3)
attempt("negative maxlen", lambda: deque((), -1))
attempt("float maxlen", lambda: deque((), 1.5))
attempt("not iterable", lambda: deque(5, 3))
attempt("unary", lambda: ~d)
attempt("add int", lambda: d + 1)
attempt("pop arg", lambda: d.pop(0))
attempt("append none", lambda: d.append())

print(list(d))
