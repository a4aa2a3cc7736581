-- __metatable hides the real metatable and blocks setmetatable.
local real = {__metatable = "locked", __index = {hidden = "via index"}}
local t = setmetatable({}, real)
print(getmetatable(t), t.hidden)
print(pcall(setmetatable, t, {}))
print(pcall(setmetatable, t, nil))
local f = setmetatable({}, {__metatable = false})
print(getmetatable(f))
print(pcall(setmetatable, f, {}))
local tbl_guard = {}
local g = setmetatable({}, {__metatable = tbl_guard})
print(getmetatable(g) == tbl_guard)
print(getmetatable("").__metatable, type(getmetatable("")))
local open = setmetatable({}, {})
print(type(getmetatable(open)), setmetatable(open, nil) == open, getmetatable(open))
return getmetatable(t)
