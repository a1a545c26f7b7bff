# Storing elements: conversion per type code, negative indices, errors.
import array

a = array.array('i', [0, 0, 0])
a[0] = 5
a[-1] = -7
a[1] = True
print(a)

d = array.array('d', [0.0, 0.0])
d[0] = 3
d[1] = -2.5
print(d)

f = array.array('f', [0])
f[0] = 0.5
print(f, f[0])

for i in (3, -4):
    try:
        a[i] = 1
    except IndexError:
        print(i, 'IndexError')

for v in (1.5, 'x', None, b'1'):
    try:
        a[0] = v
    except TypeError:
        print(type(v).__name__, 'TypeError')
print(a)

try:
    d[0] = 'x'
except TypeError:
    print('float array TypeError')

try:
    a['0'] = 1
except TypeError:
    print('index TypeError')
