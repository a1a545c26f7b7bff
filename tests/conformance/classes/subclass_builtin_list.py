# Subclassing a built-in type (list).
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2); s.push(3)
print(len(s), s.peek(), s.pop(), list(s))
print(isinstance(s, list), isinstance(s, Stack))
class Named(list):
    def __init__(self, name, items):
        super().__init__(items)
        self.name = name
n = Named('nums', [3, 1, 2])
n.sort()
print(n.name, list(n), n[0], sum(n))
