# Exceptions raised and caught in the same frame: built-in and user-defined exception classes, except
# clauses matched by base class, else/finally, exception arguments, and a try that does not raise.
# quick: 300
import sys


class AppError(Exception):
    pass


class LimitError(AppError):
    def __init__(self, limit):
        super().__init__("limit", limit)
        self.limit = limit


def main(n):
    caught = 0
    finals = 0
    payload = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                raise ValueError(i)
            elif i % 3 == 1:
                raise LimitError(i & 31)
            else:
                raise KeyError("k")
        except ValueError as e:
            caught += 1
            payload += e.args[0] & 7
        except AppError as e:
            caught += 2
            payload += e.limit
        except LookupError:
            caught += 3
        finally:
            finals += 1
        try:
            payload += 1
        except Exception:
            payload -= 1000
        else:
            payload += 1
        try:
            x = [1, 2][i & 3]
        except IndexError:
            x = -1
        payload += x
    return caught, finals, payload


n = int(sys.argv[1]) if len(sys.argv) > 1 else 700000
print("exc_same_frame", n, *main(n))
