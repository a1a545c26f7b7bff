# A pystone-like synthetic mix: record objects copied and linked, many small procedures with module-level
# globals, enumeration-style int constants, character and string comparisons, and one- and two-dimensional
# arrays indexed in loops. The procedures are this suite's own; only the flavour is Dhrystone's.
# quick: 500
import sys

RED, GREEN, BLUE, CYAN, MAGENTA = 0, 1, 2, 3, 4


class Record:
    def __init__(self, link=None, colour=RED, number=0, label="", flag=False):
        self.link = link
        self.colour = colour
        self.number = number
        self.label = label
        self.flag = flag

    def copy(self):
        return Record(self.link, self.colour, self.number, self.label, self.flag)


int_glob = 0
bool_glob = False
char_a = "\0"
char_b = "\0"
table = [0] * 51
grid = [[0] * 51 for _ in range(51)]
head = None


def shade(colour):
    # Maps a colour to the next one, with one exception.
    if colour == MAGENTA:
        return RED
    if colour == BLUE and int_glob > 100:
        return CYAN
    return colour + 1


def same_char(a, b):
    if a != b:
        return RED
    global char_b
    char_b = a
    return GREEN


def compare_labels(s1, s2):
    i = 2
    ch = "A"
    while i <= 2:
        if same_char(s1[i], s2[i + 1]) == RED:
            ch = "A"
        i += 1
    if "W" <= ch <= "Z":
        i = 7
    if ch == "R":
        return True
    if s1 > s2:
        global int_glob
        int_glob = i + 7
        return True
    return False


def fill_arrays(a1, a2, x, y):
    loc = x + 5
    a1[loc] = y
    a1[loc + 1] = a1[loc]
    a1[loc + 30] = loc
    row = a2[loc]
    for k in range(loc, loc + 2):
        row[k] = loc
    row[loc - 1] += 1
    a2[loc + 20][loc] = a1[loc]
    global int_glob
    int_glob = 5


def step_int(x):
    y = x + 10
    while True:
        if char_a == "A":
            y -= 1
            x = y - int_glob
            return x


def relink(rec):
    global head
    nxt = rec.link
    base = head.copy()
    nxt.number = rec.number
    nxt.colour = shade(rec.colour)
    nxt.link = rec.link
    rec.number = 5
    if nxt.colour == RED:
        nxt.number = 6
        nxt.flag = not nxt.flag
    else:
        nxt.number = base.number + rec.number
    rec.label = base.label
    return rec


def set_globals():
    global char_a, bool_glob
    char_a = "A"
    bool_glob = char_a == "A" or bool_glob


def run(loops):
    global head, char_b, int_glob
    head = Record(None, BLUE, 40, "PYSTONE-LIKE, SOME STRING")
    second = Record(head, CYAN, 17, "SECOND RECORD, 2'ND STRING")
    head.link = Record(None, GREEN, 0, "")
    label1 = "PYSTONE-LIKE, 1'ST STRING"
    acc = 0
    for i in range(loops):
        set_globals()
        a = 2
        b = 3
        label2 = "PYSTONE-LIKE, 2'ND STRING"
        flag = not compare_labels(label1, label2)
        c = 0
        while a < b:
            c = 5 * a - b
            c = step_int(c)
            a += 1
        fill_arrays(table, grid, a, c)
        second = relink(second if i & 1 else head)
        ch = "A"
        while ch <= char_b:
            if shade(GREEN) == c:
                c = step_int(c)
            ch = chr(ord(ch) + 1)
        b = b * a
        a = b // c if c else b
        b = 7 * (b - c) - a
        acc = (acc + a + b + c + int_glob + (1 if flag else 0) + second.number + head.link.number) & 0xFFFFFFF
    return acc, table[8], grid[8][7], head.colour, second.colour


n = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
print("pystone_like", n, *run(n))
