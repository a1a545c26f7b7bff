# Counting instances with a class attribute.
class Tracked:
    count = 0
    def __init__(self, name):
        self.name = name
        Tracked.count += 1
        self.id = Tracked.count
objs = [Tracked(n) for n in 'abc']
print(Tracked.count, [(o.name, o.id) for o in objs])
class Sub(Tracked):
    pass
Sub('d')
print(Tracked.count, Sub.count)
