# super() without arguments in methods, __init__ and classmethods.
class Base:
    def __init__(self, value):
        self.value = value
        self.log = ['Base.__init__']
    def describe(self):
        return 'Base(%s)' % self.value
    @classmethod
    def create(cls):
        return cls(0)
class Child(Base):
    def __init__(self, value, extra):
        super().__init__(value)
        self.extra = extra
        self.log.append('Child.__init__')
    def describe(self):
        return 'Child[' + super().describe() + ', %s]' % self.extra
    @classmethod
    def create(cls):
        obj = super().create()
        obj.log.append('Child.create')
        return obj
c = Child(1, 'x')
print(c.describe(), c.log)
class Grand(Child):
    def __init__(self):
        super().__init__(2, 'g')
    def describe(self):
        return 'Grand<' + super().describe() + '>'
print(Grand().describe())
