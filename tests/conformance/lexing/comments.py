# Comments in various positions.
x = 1  # trailing comment
# full line comment
    # indented comment line at odd indentation
y = 2  # comment with 'quotes' and "double" and \ backslash
s = '# not a comment'
print(s)
def f():
    # comment inside function
    return x + y  # trailing
        # odd indented comment inside block
print(f())
l = [1,  # first
     2,  # second
     # between items
     3]
print(l)
print('#' * 3)  # print hashes
