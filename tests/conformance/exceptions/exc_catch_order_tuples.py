# the first matching except clause wins; tuples and base classes match
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-specific " + type(e).__name__
    except LookupError as e:
        return "lookup " + type(e).__name__
    except (ArithmeticError,) as e:
        return "arith " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
for exc in [KeyError(), IndexError(), LookupError(), ZeroDivisionError(), OverflowError(), ValueError(), RuntimeError()]:
    print(classify(exc))
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("base", type(e).__name__)
