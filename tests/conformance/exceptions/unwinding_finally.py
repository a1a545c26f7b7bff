# finally blocks run in every frame while an exception unwinds the stack.
log = []
def a():
    try:
        b()
    finally:
        log.append('a finally')
def b():
    try:
        c()
    finally:
        log.append('b finally')
def c():
    try:
        raise ValueError('deep')
    finally:
        log.append('c finally')
try:
    a()
except ValueError:
    log.append('handled')
print(log)
