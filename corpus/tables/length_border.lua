-- The length operator returns a border; for proper sequences it is the element count.
local function show(label, t) print(label, #t) end
show("empty", {})
show("seq3", {1, 2, 3})
show("trailing nil", {1, 2, nil})
show("nil inside", {1, nil, 3})
show("leading nils", {nil, nil, 3})
show("all nil", {nil, nil, nil})
local t = {}
for i = 1, 10 do t[i] = i end
show("built 10", t)
t[10] = nil
show("removed last", t)
t[5] = nil
show("hole at 5", t)
local r = {}
r[3] = 3; r[2] = 2; r[1] = 1
show("reverse filled", r)
local h = {}
h[1] = 1; h[2] = 2; h[4] = 4
show("gap at 3", h)
local s = {n = 1, m = 2}
show("only hash", s)
local z = {[0] = 0}
show("only zero", z)
local f = {1, 2, 3, [4] = 4, [5] = 5}
show("array and hash", f)
local g = {}
g[1] = 1; g[1.5] = 1.5
show("float key", g)
print(#"string length", #{n = 3})
return #{1, 2, 3, 4}
