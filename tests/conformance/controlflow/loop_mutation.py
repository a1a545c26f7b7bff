# Appending to a list while iterating over it visits the new items.
lst = [1, 2, 3]
for x in lst:
    if x < 4:
        lst.append(x + 3)
print(lst)
nums = [1, 2, 3, 4, 5, 6]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
i = 0
items = ['a', 'b', 'c']
while i < len(items):
    if items[i] == 'b':
        items.insert(i, 'B')
        i += 1
    i += 1
print(items)
