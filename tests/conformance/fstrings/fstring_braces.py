# Doubled braces in f-strings.
x = 5
print(f'{{}}')
print(f'{{x}}')
print(f'{{{x}}}')
print(f'{{ {x} }}')
print(f'a{{b}}c')
print(f'{{{x}}}{{{x}}}')
items = [1, 2]
print(f'{{items}} = {items}')
print(f'{{{{double}}}}')
d = {'k': 'v'}
print(f'{{ "k": "{d["k"]}" }}')
print(f'{len(items)}{{}}')
