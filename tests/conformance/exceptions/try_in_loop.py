# Handling exceptions per iteration and continuing the loop.
values = ['1', 'x', '3', None, '5']
total = 0
bad = []
for v in values:
    try:
        total += int(v)
    except ValueError:
        bad.append(('value', v))
        continue
    except TypeError:
        bad.append(('type', v))
        continue
    finally:
        pass
print(total, bad)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise OSError('retry')
        break
    except OSError:
        print('attempt', attempts, 'failed')
print('succeeded after', attempts)
