# os: mkdir, listdir, stat, rename, remove, rmdir, getcwd/chdir on a scratch directory
import os

d = '_tmp_os_dir'
os.mkdir(d)
print(d in os.listdir('.'))
try:
    os.mkdir(d)
except OSError as e:
    print('OSError', e.errno)

with open(d + '/a.txt', 'w') as f:
    f.write('12345')
print(os.listdir(d))
st = os.stat(d + '/a.txt')
print(len(st), st[6], st[0] & 0o170000 == 0o100000)
print(os.stat(d)[0] & 0o170000 == 0o040000)

os.rename(d + '/a.txt', d + '/b.txt')
print(os.listdir(d))

cwd = os.getcwd()
os.chdir(d)
print(os.listdir())
with open('b.txt') as f:
    print(f.read())
os.chdir(cwd)
print(os.getcwd() == cwd)

try:
    os.rmdir(d)
except OSError:
    print('OSError')
os.remove(d + '/b.txt')
os.rmdir(d)
print(d in os.listdir('.'))
try:
    os.stat(d)
except OSError as e:
    print('OSError', e.errno)
