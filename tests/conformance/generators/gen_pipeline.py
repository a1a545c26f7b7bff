# Chaining generators into a processing pipeline.
def read(lines):
    for line in lines:
        yield line
def strip(lines):
    for line in lines:
        yield line.strip()
def nonempty(lines):
    for line in lines:
        if line:
            yield line
def numbered(lines):
    n = 0
    for line in lines:
        n += 1
        yield '%d: %s' % (n, line)
data = ['  alpha ', '', 'beta', '   ', ' gamma']
for out in numbered(nonempty(strip(read(data)))):
    print(out)
