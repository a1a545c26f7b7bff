# the "as" name is cleared after the handler; the exception object survives elsewhere
saved = []
try:
    raise ValueError("v")
except ValueError as e:
    saved.append(e)
try:
    e
    print("still bound")
except NameError:
    print("name cleared")
print(saved[0].args, type(saved[0]).__name__)
e = "outer"
try:
    raise KeyError
except KeyError as e:
    pass
print("e" in globals())
def f():
    try:
        1 / 0
    except ZeroDivisionError as err:
        return err
r = f()
print(type(r).__name__, r.args == ("divide by zero",) or r.args == ("division by zero",))
