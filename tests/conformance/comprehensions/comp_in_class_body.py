# A comprehension in a class body can use class names in its first iterable only.
class Config:
    keys = ['a', 'b', 'c']
    upper = [k.upper() for k in keys]
    indexed = [(i, k) for i, k in enumerate(keys)]
    lookup = {k: len(k) for k in keys}
print(Config.upper, Config.indexed, sorted(Config.lookup.items()))
class Table:
    rows = 3
    cols = [c for c in range(rows)]
    cells = [(r, c) for r in range(2) for c in 'xy']
    total = sum(v for v in cols)
print(Table.cols, Table.cells, Table.total)
class Empty:
    nothing = [x for x in []]
print(Empty.nothing)
