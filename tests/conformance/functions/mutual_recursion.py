# Functions calling each other recursively, resolved at call time.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(i) for i in range(6)])
print(is_odd(25))
def ping(n, log):
    log.append('ping')
    if n > 0:
        pong(n - 1, log)
    return log
def pong(n, log):
    log.append('pong')
    if n > 0:
        ping(n - 1, log)
print(ping(3, []))
