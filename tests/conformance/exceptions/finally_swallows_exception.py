# return, break or continue in finally discard an exception in flight.
def f():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(f())
for i in range(3):
    try:
        raise KeyError(i)
    finally:
        print('break in finally at', i)
        break
print('loop exited normally')
count = 0
for i in range(3):
    try:
        if i == 1:
            raise IndexError
        count += 1
    finally:
        continue
print('continue in finally, count =', count)
