# Deeply nested conditionals.
def grade(score, bonus):
    if score >= 50:
        if score >= 80:
            if bonus:
                return 'A+'
            else:
                return 'A'
        else:
            if score >= 65:
                return 'B'
            return 'C'
    else:
        if bonus and score >= 45:
            return 'C-'
        return 'F'
for s, b in ((90, True), (90, False), (70, False), (55, True), (47, True), (47, False)):
    print(s, b, grade(s, b))
