local a, b = 1, 2
local r = a < b
r = a > b
r = a <= b
r = a >= b
r = a == b
r = a ~= b
r = a == 1
r = 1 < a
r = "x" ~= a
if a < b then r = 1 end
if a ~= nil then r = 2 end
while a >= b do a = a - 1 end
