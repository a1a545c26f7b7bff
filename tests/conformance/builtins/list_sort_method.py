# list.sort sorts in place and returns None.
lst = [3, 1, 2]
print(lst.sort(), lst)
lst.sort(reverse=True)
print(lst)
names = ['bob', 'Alice', 'carol', 'Dave']
names.sort()
print(names)
names.sort(key=lambda s: s.lower())
print(names)
nums = [10, -20, 5, -1]
nums.sort(key=abs, reverse=True)
print(nums)
pairs = [[2, 'x'], [1, 'y'], [3, 'w']]
pairs.sort(key=lambda p: p[1])
print(pairs)
e = []
e.sort()
print(e)
