# Comprehensions inside comprehensions.
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([[row[i] for row in matrix] for i in range(3)])
print([[x for x in row if x % 2] for row in matrix])
print([sum(row) for row in matrix])
print([[c * r for c in range(1, 4)] for r in range(1, 4)])
print([[j for j in range(i)] for i in range(4)])
print([[(r, c) for c in range(2)] for r in range(2)])
board = [['.' for _ in range(3)] for _ in range(2)]
board[0][1] = 'X'
print(board)
print([[x for x in range(r)] for r in range(4) if r % 2])
