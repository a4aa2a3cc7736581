-- Strings: concatenation, formatting, patterns.
local parts = {}
for i = 1, 100000 do parts[#parts + 1] = string.format("%d:%s", i, tostring(i * 3)) end
local s = table.concat(parts, ",")
local count = 0
for a, b in s:gmatch("(%d+):(%d+)") do count = count + (b - a) end
local r = s:gsub("%d+", function(d) return #d end)
local built = ""
for i = 1, 2000 do built = built .. i end
print(#s, count, #r, #built, s:find("5000:", 1, true))
