# __init__ chains in a single-inheritance hierarchy.
class Base:
    def __init__(self):
        print('Base init')
        self.parts = ['base']
class Middle(Base):
    def __init__(self):
        print('Middle init start')
        super().__init__()
        self.parts.append('middle')
        print('Middle init end')
class Leaf(Middle):
    def __init__(self, extra):
        super().__init__()
        self.parts.append(extra)
leaf = Leaf('leaf')
print(leaf.parts)
class NoInit(Middle):
    pass
print(NoInit().parts)
