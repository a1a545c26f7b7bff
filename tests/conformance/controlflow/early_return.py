# return from inside nested loops and blocks.
def first_pair(target, nums):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return i, j
    return None
print(first_pair(9, [2, 7, 11, 15]))
print(first_pair(100, [1, 2]))
def check(x):
    if x > 0:
        if x > 10:
            return 'big'
        return 'small'
    while True:
        return 'non-positive'
print(check(20), check(5), check(-1))
def no_return():
    x = 1
print(no_return())
