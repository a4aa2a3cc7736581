local a, b, c
local d = nil
local e
a, b = nil, nil
local f, g = nil
x = nil
