-- Found by generated programs (seed 20262752): with both arguments bad, math.fmod, math.pow,
-- math.atan2 and math.ldexp complain about argument #2 first, because PUC-Rio passes both
-- checks as arguments of one C call, which GCC on x86-64 evaluates right to left.
print(pcall(math.fmod, "a", "b"))
print(pcall(math.mod, "a", {}))
print(pcall(math.pow, {}, nil))
print(pcall(math.atan2, "x", "y"))
print(pcall(math.ldexp, "x", "y"))
print(pcall(math.fmod, "a", 1))
