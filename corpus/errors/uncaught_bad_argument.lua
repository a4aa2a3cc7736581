-- An uncaught "bad argument" error from a library function.
-- expect: uncaught error
print(string.rep("ab", 3))
print(string.rep("ab"))
