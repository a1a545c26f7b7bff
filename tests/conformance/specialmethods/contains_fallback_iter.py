# Without __contains__, "in" iterates using __iter__.
class Items:
    def __init__(self):
        self.visited = []
    def __iter__(self):
        for x in (1, 2, 3, 4):
            self.visited.append(x)
            yield x
it = Items()
print(2 in it, it.visited)
it2 = Items()
print(9 in it2, it2.visited)
