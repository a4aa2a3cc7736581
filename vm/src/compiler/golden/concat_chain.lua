local a, b, c = "a", "b", "c"
local s = a .. b .. c
s = a .. (b .. c)
s = (a .. b) .. c
s = a .. 1 .. 2
s = "x" .. a .. "y" .. b
