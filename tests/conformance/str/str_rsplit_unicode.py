# split and rsplit on non-ASCII separators and whitespace
s = "α β  γ\tδ"
print(s.split(), s.rsplit(None, 1), s.split(" "), s.rsplit(" ", 2))
t = "1€2€€3"
print(t.split("€"), t.rsplit("€", 1), t.split("€€"), t.rsplit("€", 0))
print("é".split("é"), "aéaéa".rsplit("é", 1), "x→y→z".split("→", 1))
