-- Arithmetic results, including values whose exact bits matter.
local zero = 0
return 1 + 2, 7 / 2, 2 ^ 53, -zero, zero / zero, 1 / zero, 0.1 + 0.2, 1e-300, 10 % 3, -7 % 3
