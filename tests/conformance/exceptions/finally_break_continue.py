# break and continue in try blocks with finally.
log = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append('body%d' % i)
    finally:
        log.append('fin%d' % i)
print(log)
log = []
i = 0
while True:
    i += 1
    try:
        try:
            if i < 3:
                continue
            break
        finally:
            log.append('inner%d' % i)
    finally:
        log.append('outer%d' % i)
print(log)
