local a = b and c
local d = b or c or e
local f = (b and c) or (d and e)
local g = b and c == d
local h = b == c or d
t[a or b] = c and d
f(a and b, c or d)
return a or b
