-- Error positions: file:line: in nested functions, in metamethods, in string.format and
-- tostring errors, with levels, and variable names in messages.
local function outer()
  local function inner()
    local t = nil
    return t.field
  end
  return inner()
end
print(pcall(outer))
local mt = {__add = function(a, b) return a.missing.value end}
print(pcall(function() return setmetatable({}, mt) + 1 end))
print(pcall(function() return setmetatable({}, {__index = function(t, k) error("no " .. k) end}).key end))
print(pcall(function() return setmetatable({}, {__index = function(t, k) error("no " .. k, 2) end}).key end))
print(pcall(string.format, "%d", "x"))
print(pcall(function() return string.format("%d", {}) end))
print(pcall(function() return ("%s %s"):format(1) end))
print(pcall(function() return tostring(setmetatable({}, {__tostring = function() error("bad tostring") end})) end))
print(pcall(function() return #nil end))
print(pcall((function() local up = nil return function() return up.x end end)()))
print(pcall(function() return undefined_global.x end))
print(pcall(function() return ("x")() end))
print(pcall(function() local a = {} return a.b.c end))
print(pcall(function() return 1 < "2" end))
print(pcall(function() return {} .. "x" end))
print(pcall(error, "level zero", 0))
print(pcall(error, "level one", 1))
print(pcall(error, "level two", 2))
print(pcall(function() error("in function", 1) end))
print(pcall(function() error("to caller", 2) end))
print(pcall(function() error() end))
print(pcall(function() error(nil, 2) end))
print(pcall(function() for i = 1, "x" do end end))
print(pcall(function() local t = setmetatable({}, {__newindex = function() error("read only") end}) t.x = 1 end))
print(pcall(function() return math.floor("a") end))
print(pcall(function() return ("abc"):rep("x") end))
print(pcall(function() local s = "abc" return s:nomethod() end))
