# Basic f-string substitution.
name = 'world'
n = 42
print(f'hello {name}')
print(f"{n} is the answer")
print(f'{name}{n}{name}')
print(f'')
print(f'no fields')
print(f'{n}')
print(f'{None} {True} {1.5}')
print(f'{[1, 2]} {(3,)}')
