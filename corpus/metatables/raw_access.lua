-- rawget, rawset and rawequal bypass metamethods; their argument errors.
local log = {}
local t = setmetatable({}, {
  __index = function(_, k) log[#log + 1] = "index " .. k return "meta" end,
  __newindex = function(_, k) log[#log + 1] = "newindex " .. k end,
  __eq = function() log[#log + 1] = "eq" return true end,
})
print(t.a, rawget(t, "a"))
t.b = 1
rawset(t, "c", 2)
print(rawget(t, "b"), rawget(t, "c"), t.c)
print(table.concat(log, "; "))
local u = setmetatable({}, getmetatable(t))
print(t == u, rawequal(t, u), rawequal(t, t), rawequal("a", "a"), rawequal(1, 1.0), rawequal(1, "1"))
print(rawset(t, "r", 3) == t, rawget(t, "r"))
print(pcall(rawget, "str", 1))
print(pcall(rawget, {}))
print(pcall(rawset, {}, "k"))
print(pcall(rawset, 1, 2, 3))
print(pcall(rawequal, {}))
print(pcall(rawequal))
print(rawget({10, 20}, 2), rawget({}, "x"))
return rawget(t, "c")
