# Text files: write, read, readline, readlines, append, iteration, seek/tell, closed, with
import os

name = '_tmp_file_text.txt'
f = open(name, 'w')
print(f.write('first line\n'), f.write('second\n'), f.write('third'))
f.close()
print(f.closed)

with open(name) as f:
    print(repr(f.read()))

with open(name, 'r') as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))

with open(name) as f:
    print(f.readlines())

with open(name) as f:
    for line in f:
        print(repr(line))

with open(name, 'a') as f:
    f.write('\nfourth\n')
with open(name) as f:
    print(f.read().split('\n'))

with open(name) as f:
    print(repr(f.read(5)), f.tell())
    f.seek(0)
    print(repr(f.read(3)))

with open(name, 'w') as f:
    f.write('replaced')
with open(name) as f:
    print(repr(f.read()))

with open(name, 'r+') as f:
    f.write('RE')
    f.seek(0)
    print(repr(f.read()))

with open(name, 'w+') as f:
    f.write('w plus')
    f.seek(0)
    print(repr(f.read()))

f = open(name)
f.close()
f.close()
try:
    f.read()
except ValueError:
    print('ValueError')

with open(name, 'w', encoding='utf-8') as f:
    f.write('caf\u00e9 \u20ac\n')
with open(name, encoding='utf-8') as f:
    print(f.read() == 'caf\u00e9 \u20ac\n')

os.remove(name)
print(name in os.listdir())
