-- __index as a function: called with (table, key) only for absent keys.
local calls = {}
local t = setmetatable({present = 1}, {__index = function(tbl, key)
  calls[#calls + 1] = tostring(key)
  if key == "computed" then return "value for " .. key end
  if type(key) == "number" then return key * 2 end
end})
print(t.present, t.computed, t.absent, t[21], t[1.5])
print(table.concat(calls, ","))
local self_check
local s = setmetatable({}, {__index = function(tbl, key) self_check = tbl return key end})
print(s.anything, self_check == s)
local default = setmetatable({}, {__index = function() return 0 end})
default.x = default.x + 5
default.x = default.x + 5
print(default.x, default.y, rawget(default, "y"))
local multi = setmetatable({}, {__index = function() return "first", "second" end})
print(multi.key)
local fib = setmetatable({[0] = 0, [1] = 1}, {__index = function(f, n)
  local v = f[n - 1] + f[n - 2]
  f[n] = v
  return v
end})
print(fib[50], fib[80])
return t.computed
