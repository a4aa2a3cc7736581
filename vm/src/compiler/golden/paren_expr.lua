local a = (f())
local b, c = (f())
local d = ((1 + 2))
local t = {(f())}
g((f()))
