# A file that indents one block with tabs and others with spaces.
def tabbed(n):
	if n > 0:
		return "positive"
	return "non-positive"

def spaced(n):
    if n > 0:
        return "positive"
    return "non-positive"

def two_spaces(n):
  total = 0
  for i in range(n):
    total += i
  return total

print(tabbed(1), tabbed(0))
print(spaced(1), spaced(-1))
print(two_spaces(5))
if True:
        print("eight spaces")
        if True:
                print("sixteen spaces")
