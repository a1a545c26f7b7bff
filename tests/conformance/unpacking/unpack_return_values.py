# Unpacking function results.
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([3, 9, 1, 7])
print(lo, hi)
def split_name(full):
    first, *middle, last = full.split()
    return first, middle, last
print(split_name('Ada Lovelace'))
print(split_name('John Ronald Reuel Tolkien'))
def stats(*nums):
    return len(nums), sum(nums)
count, total = stats(1, 2, 3)
print(count, total)
(q, r), label = divmod(17, 5), 'divmod'
print(q, r, label)
