# handlers catch by base class; first matching clause wins
def run(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-specific " + type(e).__name__
    except LookupError as e:
        return "lookup " + type(e).__name__
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
for exc in (KeyError("k"), IndexError, LookupError(), ZeroDivisionError, OverflowError(), ValueError, TypeError("t"), AssertionError, NotImplementedError):
    print(run(exc))
print(issubclass(NotImplementedError, RuntimeError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException), issubclass(SystemExit, Exception))
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("wrongly caught")
except BaseException as e:
    print("BaseException", type(e).__name__)
