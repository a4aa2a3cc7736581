-- Numbers convert to strings in concatenation and in string library arguments.
print(1 .. 2, 1.5 .. "|", -0.25 .. "", 1e100 .. "", 2^53 .. "", 1/3 .. "")
print(10 .. "", (10 .. ""):len())
print(string.len(12345), string.upper(1e3), string.rep(7, 3), string.sub(123456, 2, 4))
print(("x"):rep("3"), string.byte(5), string.char("65", 66.0))
print(#(12 .. 34), (12 .. 34) + 1)
local n = 42
print("answer: " .. n, n .. " is the answer")
print(pcall(function() return "a" .. nil end))
print(pcall(function() return "a" .. {} end))
print(pcall(function() return true .. "a" end))
print(table.concat({1, 2.5, "x", -3}, ","))
return 3 .. 4
