# Triple-quoted f-strings spanning several lines.
name = 'Ann'
age = 30
text = f'''Name: {name}
Age: {age}
Next: {age + 1}'''
print(text)
msg = (f'{name} '
       f'is {age} '
       f'years old')
print(msg)
rows = [(1, 'one'), (2, 'two')]
for num, word in rows:
    print(f"""row {num}: {word}""")
