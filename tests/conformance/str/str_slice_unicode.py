# Slicing text that mixes 1-, 2-, 3- and 4-byte UTF-8 characters
s = "aé€𝄞bç"
for a in range(-7, 8, 2):
    print(a, [s[a:b] for b in range(-7, 8, 3)])
print([s[i] for i in range(len(s))], s[-1], s[-6])
print(s[1:5][::-1] == "".join(reversed(s[1:5])))
