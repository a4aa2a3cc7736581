-- __tostring is used by tostring and print; other fields in the metatable do not matter.
local Point = {}
Point.__tostring = function(p) return "Point(" .. p.x .. ", " .. p.y .. ")" end
local p = setmetatable({x = 1, y = 2}, Point)
print(p)
print(tostring(p), "prefix " .. tostring(p))
print(pcall(function() return "concat " .. p end))
local list = setmetatable({1, 2, 3}, {__tostring = function(l) return "[" .. table.concat(l, ", ") .. "]" end})
print(list, #list)
local err = setmetatable({}, {__tostring = function() error("tostring failed") end})
print(pcall(tostring, err))
print(pcall(print, err))
local name_only = setmetatable({}, {__name = "MyType"})
print(type(tostring(name_only)), tostring(name_only):sub(1, 6))
local multi = setmetatable({}, {__tostring = function() return "one", "two" end})
print(multi)
return tostring(p)
