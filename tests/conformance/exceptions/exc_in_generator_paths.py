# exceptions raised inside generators, thrown into them, and at close
def gen():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("gen caught", e.args)
        yield "recovered"
    finally:
        print("gen finally")
g = gen()
print(next(g), g.throw(KeyError("k")))
try:
    next(g)
except StopIteration:
    print("done")
g = gen()
next(g)
g.close()
def failing():
    yield 1
    raise ValueError("inside")
try:
    for x in failing():
        print("got", x)
except ValueError as e:
    print("propagated", e.args)
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError:
    print("RuntimeError on close")
