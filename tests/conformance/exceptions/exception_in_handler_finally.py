# exceptions raised inside except and finally blocks replace the original
def f(where):
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            if where == "except":
                raise KeyError("from except")
            return "handled"
        finally:
            if where == "finally":
                raise IndexError("from finally")
    except Exception as e:
        return type(e).__name__ + " " + str(e.args[0])
for where in ("none", "except", "finally"):
    print(where, f(where))
def g():
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError(i)
        except RuntimeError as e:
            print("caught", e.args)
            continue
        finally:
            print("finally", i)
g()
