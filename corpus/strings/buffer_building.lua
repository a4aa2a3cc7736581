-- Building a large string from pieces with table.concat and checking it cheaply.
local pieces = {}
for i = 1, 2000 do
  pieces[#pieces + 1] = string.format("%04d", i)
end
local s = table.concat(pieces)
print(#s, s:sub(1, 12), s:sub(-12))
local checksum = 0
for i = 1, #s, 7 do checksum = (checksum * 31 + s:byte(i)) % 1000003 end
print(checksum)
local lines = {}
for i = 1, 20 do lines[i] = ("row %2d: %s"):format(i, ("*"):rep(i)) end
local text = table.concat(lines, "\n")
print(#text)
print(text:sub(1, 40))
print(text:sub(-30))
return #s
