# Nested dicts and lists: mutation through references, equality, copies that share inner objects
cfg = {"db": {"host": "h", "ports": [1, 2]}, "flags": {"debug": False}}
alias = cfg["db"]
alias["host"] = "h2"
cfg["db"]["ports"].append(3)
print(cfg["db"], cfg["flags"]["debug"], cfg["db"] is alias)
shallow = dict(cfg)
shallow["db"]["ports"].append(4)
shallow["new"] = 1
print(cfg["db"]["ports"], "new" in cfg, shallow == cfg, len(shallow))
a = {"k": [1, {"x": (1, 2)}]}
b = {"k": [1, {"x": (1, 2)}]}
print(a == b, a != b, a["k"][1]["x"][1])
b["k"][1]["x"] = (1, 3)
print(a == b)
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(sorted(tree), sorted(tree["a"]), sorted(tree["a"]["b"]), tree["f"])
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items()), max(counts, key=counts.get))
