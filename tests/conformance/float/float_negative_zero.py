# Negative zero: equality, sign-visible operations and formatting
z = -0.0
print(z, 0.0, z == 0.0, str(z), repr(-z), abs(z), z + 0.0, 0.0 * -1, -0.0 * -1)
print("%.1f" % z, "{:.2f}".format(z), "{}".format(z), int(z), round(z), z < 0, z > 0)
print(1 / float("inf") * -1, -1 % 1.0 if False else 0.0, 0.0 - 0.0, -(0.0))
