# for/else and while/else combined with try/else.
def search(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                break
        else:
            continue
        return (r, c)
    else:
        return 'missing'
m = [[1, 2], [3, 4], [5, 6]]
print(search(m, 4), search(m, 7))
for i in range(2):
    try:
        x = 10 // i
    except ZeroDivisionError:
        print('div by zero at', i)
    else:
        print('ok', x)
else:
    print('loop finished')
