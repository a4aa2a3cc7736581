-- The .. operator: right associative, numbers converted, chains of many operands.
local a, b, c = "x", 1, 2.5
print(a .. b .. c, b .. c, -1 .. -2)
print("" .. "", #("" .. ""), "a" .. "" == "a")
local parts = {}
for i = 1, 10 do parts[#parts + 1] = i end
local chain = parts[1] .. parts[2] .. parts[3] .. parts[4] .. parts[5] .. parts[6] .. parts[7] .. parts[8] .. parts[9] .. parts[10]
print(chain, #chain)
local s = ""
for i = 1, 50 do s = s .. (i % 10) end
print(s, #s)
print(("a"):rep(3) .. ("b"):rep(2))
print(1e100 .. "", 2^63 .. "", 0.1 .. "")
print(pcall(function() return "a" .. nil end))
print(pcall(function() return "a" .. {} .. "b" end))
print(pcall(function() return 1 .. false end))
local t = {x = "field"}
print(pcall(function() return t.x .. t.y end))
return "con" .. "cat" .. 1
