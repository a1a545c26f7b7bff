# mp-differs: MicroPython's gc module (mem_free, mem_alloc, a byte threshold, collect's count) does not exist in CPython; expected output written from gc-and-memory.md section 6
import gc

total = gc.mem_free() + gc.mem_alloc()
print(type(gc.collect()).__name__)
print(gc.mem_free() + gc.mem_alloc() == total)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
# Allocation goes on while automatic collection is off; gc.collect() still works.
keep = [bytearray(100) for i in range(10)]
print(len(keep), gc.collect() >= 0)
gc.enable()
print(gc.isenabled())
print(gc.threshold())
gc.threshold(1000)
print(gc.threshold())
gc.threshold(0)
print(gc.threshold())
gc.threshold(-5)
print(gc.threshold())
x = None
before = 0
gc.collect()
before = gc.mem_alloc()
x = bytearray(1000)
print(gc.mem_alloc() - before)
x = None
gc.collect()
print(gc.mem_alloc() - before)
