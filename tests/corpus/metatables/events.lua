local V = {}
V.__index = V
V.__add = function(a, b) return setmetatable({ x = a.x + b.x }, V) end
V.__tostring = function(v) return "V(" .. v.x .. ")" end
V.__eq = function(a, b) return a.x == b.x end
V.__call = function(self, k) return self.x * k end
local a, b = setmetatable({ x = 1 }, V), setmetatable({ x = 2 }, V)
print(tostring(a + b), a == b, a(10))
local proxy = setmetatable({}, { __index = function(_, k) return k .. "!" end, __newindex = function() error("read-only", 2) end })
print(proxy.hello, pcall(function() proxy.x = 1 end))
return rawget(proxy, "hello"), getmetatable("").__index == string
