# Comparison methods with mixed operand types; == with the instance on the right
# uses the right operand's __eq__ (reflected < and > are not used: MicroPython lacks them).
class Weight:
    def __init__(self, kg):
        self.kg = kg
    def __lt__(self, other):
        other_kg = other.kg if isinstance(other, Weight) else other
        return self.kg < other_kg
    def __gt__(self, other):
        other_kg = other.kg if isinstance(other, Weight) else other
        return self.kg > other_kg
    def __eq__(self, other):
        other_kg = other.kg if isinstance(other, Weight) else other
        return self.kg == other_kg
w = Weight(5)
print(w < 10, w > 10, w == 5)
print(5 == w, 6 == w, 5 != w, w in [1, 5])
print(Weight(1) < Weight(2), Weight(3) > Weight(2))
