import random


def attempt(label, f):
    try:
        f()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__)


attempt("getrandbits(-1)", lambda: random.getrandbits(-1))
attempt("getrandbits('a')", lambda: random.getrandbits("a"))
attempt("randrange(0)", lambda: random.randrange(0))
attempt("randrange(-5)", lambda: random.randrange(-5))
attempt("randrange(3, 3)", lambda: random.randrange(3, 3))
attempt("randrange(5, 1)", lambda: random.randrange(5, 1))
attempt("randrange(1, 5, 0)", lambda: random.randrange(1, 5, 0))
attempt("randrange(1, 5, -1)", lambda: random.randrange(1, 5, -1))
attempt("randrange(5, 1, 1)", lambda: random.randrange(5, 1, 1))
attempt("randint(2, 1)", lambda: random.randint(2, 1))
attempt("choice([])", lambda: random.choice([]))
attempt("choice('')", lambda: random.choice(""))
attempt("choice(5)", lambda: random.choice(5))
