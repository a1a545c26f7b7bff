# mp-differs: the micropython module exists only in MicroPython; expected output written from gc-and-memory.md section 7
import micropython

print(micropython.const(42))
print(micropython.opt_level())
print(micropython.stack_use() > 0)
print(micropython.alloc_emergency_exception_buf(100))
print(micropython.kbd_intr(3))

seen = []


def callback(arg):
    seen.append(arg)


# Scheduled functions run at the next backward jump or call, in order.
micropython.schedule(callback, 1)
micropython.schedule(callback, 2)
for i in range(3):
    pass
print(seen)


# While a scheduled function runs the scheduler is locked, so the queue fills up.
def filler(arg):
    try:
        for i in range(20):
            micropython.schedule(callback, i)
    except RuntimeError as e:
        print("RuntimeError", e.args)


micropython.schedule(filler, None)
for i in range(3):
    pass
print(seen)
