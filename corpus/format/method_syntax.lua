-- Calling format through the string metatable and nesting format calls.
print(("%d + %d = %d"):format(2, 3, 5))
print(("%s"):format(("%5.1f"):format(2.25)))
print(("[%s]"):rep(3):format("a", "b", "c"))
local fmt = "%-" .. 8 .. "s|"
print(fmt:format("dyn"))
print(string.format("%s", string.format("%q", "in")))
local parts = {}
for i = 1, 5 do parts[#parts + 1] = ("%02d"):format(i * 7) end
print(table.concat(parts, ":"))
print(pcall(function() return ("%d"):format("nope") end))
return ("%x"):format(255)
