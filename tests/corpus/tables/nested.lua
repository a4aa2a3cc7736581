-- Tables are sorted by key; a table reachable from itself shows a cycle marker.
local t = { 10, 20, 30, name = "root", [true] = "yes", [1.5] = "frac", inner = { a = 1, b = { "deep" } } }
t.self = t
t.inner.parent = t
return t
