# Exceptions raised in a callee and caught by its caller, one frame up (and occasionally two): the cost of
# unwinding a frame. Built-in and user-defined exceptions, and a handler that re-raises.
# quick: 300
import sys


class Stop(Exception):
    pass


def check(i):
    if i & 1:
        raise Stop(i)
    if i % 4 == 2:
        raise ValueError("bad")
    return i


def middle(i):
    try:
        return check(i)
    except ValueError:
        raise Stop(-1)


def main(n):
    stops = 0
    values = 0
    ok = 0
    for i in range(n):
        try:
            ok += check(i)
        except Stop as e:
            stops += 1
            values += e.args[0] & 15
        except ValueError:
            values += 100
        if i % 8 == 0:
            try:
                middle(i + 2)
            except Stop as e:
                values += e.args[0]
    return stops, values, ok


n = int(sys.argv[1]) if len(sys.argv) > 1 else 800000
print("exc_across_frame", n, *main(n))
