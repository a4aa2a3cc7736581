-- Unary minus on numbers, numeric strings and invalid operands.
local x = 5
print(-x, - -x, -(-x), -(x - 10), -0.0, -(2^53))
print(-"3", -"0x10", -" 1e1 ", type(-"3"))
local bad = {"abc", {}, true, nil}
for i = 1, 4 do
  local v = bad[i]
  print(i, pcall(function() return -v end))
end
local t = {n = "x"}
print(pcall(function() return -t.n end))
print(pcall(function() return -t.missing end))
print(- - - 1, -(-(-1)))
return -x
