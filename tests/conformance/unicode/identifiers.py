# Non-ASCII identifiers: variables, functions, parameters, keyword arguments, classes and attributes
α = 1
β_2 = α + 1
print(α, β_2)
def γ(δ, *ε, ζ=3, **η):
    return δ, ε, ζ, sorted(η.items())
print(γ(1, 2, ζ=4, θ=5))
class Ξ:
    ω = "omega"
    def ψ(self):
        return self.ω + "!"
x = Ξ()
x.ñ = "eñe"
print(x.ψ(), Ξ.ω, getattr(x, "ñ"), hasattr(x, "ψ"), "ñ" in x.__dict__)
日本 = "jp"
print(日本, globals()["日本"], "日本" in globals())
print((lambda π: π * 2)(π=21), [λ for λ in range(3)])
