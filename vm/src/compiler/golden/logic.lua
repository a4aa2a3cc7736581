local a, b, c
local r = a and b
r = a or b
r = a and b or c
r = (a or b) and c
r = not (a and b)
r = a and 1 or 2
r = nil and a
r = false or a
r = true and a
r = 1 and a
x = a or {}
if a and b then r = 1 end
if a or b then r = 2 end
if not a then r = 3 end
if a and not b or c then r = 4 end
r = a == b and c or a ~= c
