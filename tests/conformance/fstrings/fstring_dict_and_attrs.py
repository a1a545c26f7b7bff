# Attribute access, method calls and subscripts inside f-strings.
class Box:
    size = 3
    def area(self):
        return self.size * self.size
b = Box()
print(f'{b.size} {b.area()} {Box.size}')
data = {'n': [1, 2, 3]}
print(f"{data['n'][1]} {len(data['n'])}")
words = ['alpha', 'beta']
print(f'{words[0].upper()} {words[1][0]}')
print(f'{"x,y".split(",")}')
