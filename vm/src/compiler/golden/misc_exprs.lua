local a = ("x"):rep(3)
local b = #{}
local c = not nil == true
local d = 1 < 2
local e = "a" < "b"
local f = -(-a)
local g = {[1]=1, [2]=2, 3}
local h = {1, 2, {3, 4, {5}}, x = {y = {z = 1}}}
local i = a and b and c and d
local j = a or b or c or d
local k = (a or b) .. (c or d)
local l = a == b == c
local m = not not not a
local n = -2 ^ 2
local o = 2 ^ -2
local p = 2 ^ 3 ^ 2
local q = 1 .. 2
local r = a[1] and a[2]
