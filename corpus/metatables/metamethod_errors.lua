-- Errors raised inside metamethods propagate; missing metamethods give type errors.
local t = setmetatable({}, {
  __index = function(_, k) error("no field " .. k) end,
  __add = function() error({code = 7}) end,
  __call = function() error("call failed", 0) end,
})
print(pcall(function() return t.foo end))
local ok, e = pcall(function() return t + 1 end)
print(ok, type(e), e.code)
print(pcall(t))
local plain = {}
print(pcall(function() return plain + 1 end))
print(pcall(function() return plain .. "" end))
print(pcall(function() return -plain end))
print(pcall(function() return plain < plain end))
print(pcall(function() return plain() end))
print(pcall(function() local s = "x" return s.y.z end))
print(pcall(function() return plain.a.b end))
local n = setmetatable({}, {__index = function(_, k) return nil end})
print(pcall(function() return n.field.sub end))
return "done"
