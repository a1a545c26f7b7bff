# continue inside while, and break skipping the else clause in nested loops.
i = 0
seen = []
while i < 6:
    i += 1
    if i % 2:
        continue
    seen.append(i)
else:
    seen.append('else')
print(seen)
for outer in range(3):
    inner = 0
    while inner < 3:
        if outer == 1 and inner == 1:
            break
        inner += 1
    else:
        print('outer', outer, 'inner completed')
        continue
    print('outer', outer, 'inner broke at', inner)
