local t = {}
t = {1, 2, 3}
t = {a = 1, b = 2}
t = {1, a = 2, 3, [4] = 5, ["x"] = 6}
t = {f()}
t = {f(), 1}
t = {...}
t = {{}, {{}}}
t[1] = t[2]
t.x.y = t.z
t[t] = nil
t[true] = false
t[1.5] = "x"
local n = #t
