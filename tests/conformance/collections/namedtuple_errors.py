from collections import namedtuple

T = namedtuple("Tup", ["foo", "bar"])
t = T(1, 2)


def attempt(label, f):
    try:
        f()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__)


def set_item():
    t[0] = 200


def set_attr():
    t.bar = 200


def set_other():
    t.baz = 200


def del_attr():
    del t.foo


attempt("setitem", set_item)
attempt("setattr", set_attr)
attempt("new attr", set_other)
attempt("delattr", del_attr)
attempt("too few", lambda: T(1))
attempt("too many", lambda: T(1, 2, 3))
attempt("missing kw", lambda: T(foo=1))
attempt("twice", lambda: T(1, foo=1))
attempt("bad kw", lambda: T(1, baz=3))
attempt("bad spec", lambda: namedtuple("T", 1))
attempt("missing attr", lambda: t.baz)
attempt("index", lambda: t[2])
print(t)
