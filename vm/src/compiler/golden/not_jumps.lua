local a, b
local r = not a == b
r = not (a == b)
if not (a < b) then r = 1 end
while not a do a = 1 end
r = not nil
r = not 1
