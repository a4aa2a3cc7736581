-- __newindex as a function: read-only tables, validation and change logs.
local function readonly(t)
  return setmetatable({}, {
    __index = t,
    __newindex = function(_, k) error("attempt to modify read-only field " .. tostring(k), 2) end,
  })
end
local config = readonly({host = "localhost", port = 6379})
print(config.host, config.port)
print(pcall(function() config.port = 1 end))
print(pcall(function() config.newfield = 1 end))
local log = {}
local tracked = setmetatable({}, {__newindex = function(t, k, v)
  log[#log + 1] = k .. "=" .. tostring(v)
  rawset(t, k, v)
end})
tracked.a = 1
tracked.b = 2
tracked.a = 3
print(table.concat(log, " "), tracked.a, tracked.b)
local typed = setmetatable({}, {__newindex = function(t, k, v)
  if type(v) ~= "number" then error("field " .. k .. " must be a number, got " .. type(v)) end
  rawset(t, k, v)
end})
typed.n = 5
print(typed.n, pcall(function() typed.s = "x" end))
local ignored = setmetatable({}, {__newindex = function() end})
ignored.x = 1
print(ignored.x, next(ignored))
return #log
