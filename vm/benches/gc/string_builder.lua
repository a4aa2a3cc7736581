-- Allocation benchmark: strings built by concatenation and table.concat, most of them
-- garbage at once (interning, hashing and freeing of many distinct strings).
local rounds = tonumber(arg and arg[1]) or 200
local total = 0
for r = 1, rounds do
  local parts = {}
  for i = 1, 1000 do
    parts[#parts + 1] = "item-" .. r .. "-" .. i
  end
  local joined = table.concat(parts, ",")
  local s = ""
  for i = 1, 100 do s = s .. parts[i] end
  total = total + #joined + #s + #string.rep("ab", r)
end
print(total)
