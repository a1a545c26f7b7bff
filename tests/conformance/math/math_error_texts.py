# mp-differs: MicroPython reports math overflow as a domain error (math.exp(1000) -> ValueError: math domain error,
# CPython OverflowError: math range error) and its texts differ (errors-and-tracebacks.md §3.4).
import math

def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
check(lambda: math.exp(1000))
check(lambda: math.pow(10, 400))
check(lambda: math.sqrt(-1))
check(lambda: math.log(0))
check(lambda: math.log(-1))
check(lambda: math.log(2, 1))
check(lambda: math.factorial(-1))
check(lambda: math.factorial(1.5))
check(lambda: math.floor(math.inf))
check(lambda: math.floor(math.nan))
check(lambda: math.sqrt('a'))
check(lambda: math.acos(2))
check(lambda: math.exp(math.inf))
check(lambda: math.sqrt(math.nan))
