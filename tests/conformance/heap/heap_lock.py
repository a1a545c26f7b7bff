# mp-differs: micropython.heap_lock/heap_unlock/heap_locked exist only in MicroPython; expected output written from gc-and-memory.md sections 7 and 8
import micropython

items = []
more = list(range(100))
micropython.heap_lock()
try:
    print([])
except MemoryError:
    print("MemoryError")
try:
    items.extend(more)
except MemoryError:
    print("MemoryError")
print(micropython.heap_locked())
print(micropython.heap_unlock())
print(micropython.heap_locked())
print(len(items))
micropython.heap_lock()
micropython.heap_lock()
print(micropython.heap_unlock(), micropython.heap_unlock(), micropython.heap_unlock())
msg = None
f = 1.5
x = None
e = None  # bound before the lock: `except ... as e` must not grow the globals dict (run with -m via .mpy)
micropython.heap_lock()
try:
    x = f * 2.0
except MemoryError as e:
    msg = e.args
micropython.heap_unlock()
print(msg)
