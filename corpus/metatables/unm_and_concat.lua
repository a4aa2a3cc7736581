-- __unm and __concat, including numbers and strings on either side and long chains.
local mt = {}
mt.__unm = function(a) return "negated " .. a.name end
mt.__concat = function(a, b)
  local function name(v) return type(v) == "table" and "<" .. v.name .. ">" or tostring(v) end
  return name(a) .. "+" .. name(b)
end
local x = setmetatable({name = "x"}, mt)
local y = setmetatable({name = "y"}, mt)
print(-x)
print(x .. y)
print(x .. "str", "str" .. x, 1 .. x, x .. 2)
print("a" .. "b" .. x .. "c" .. "d")
print(x .. y .. "z")
print(pcall(function() return {} .. "x" end))
print(pcall(function() return -{} end))
local counted = 0
local C = setmetatable({}, {__concat = function(a, b) counted = counted + 1 return "C" end})
local r = "1" .. "2" .. C .. "3" .. "4"
print(r, counted)
local bool = setmetatable({}, {__concat = function(a, b) return true end})
print(bool .. "x", "x" .. bool)
local unm_num = setmetatable({}, {__unm = function() return 42 end})
print(-unm_num, - -unm_num)
return x .. y
