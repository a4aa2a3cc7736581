-- Errors inside tostring/concat of error messages and errors from error objects.
print(pcall(error, "a" .. "b"))
print(pcall(function() error("count: " .. 3) end))
print(pcall(function() error("nested: " .. select(2, pcall(error, "inner"))) end))
print(pcall(function() local e = {} error(e.missing.field) end))
print(pcall(function() error(string.format("%s=%d", "x", 1)) end))
print(pcall(function() error(("x"):rep(3), 1) end))
