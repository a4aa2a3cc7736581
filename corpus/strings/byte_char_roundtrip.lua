-- Every byte survives string.char/string.byte and sub; checksums over all bytes.
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
local s = table.concat(all)
local sum, ok = 0, true
for i = 1, #s do
  local b = s:byte(i)
  sum = sum + b * i
  if string.char(b) ~= s:sub(i, i) then ok = false end
end
print(#s, sum, ok)
print(s:byte(1, 5))
print(s:byte(-5, -1))
local rev = s:reverse()
print(rev:byte(1), rev:byte(256))
print(s:upper():byte(98), s:lower():byte(66))
local up, low = 0, 0
for i = 0, 255 do
  local c = string.char(i)
  if c:upper() ~= c then up = up + 1 end
  if c:lower() ~= c then low = low + 1 end
end
print(up, low)
return sum
