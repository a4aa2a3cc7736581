-- print separates values with tabs and converts them through the global tostring.
print()
print(nil)
print(nil, nil)
print(1, "two", 3.5, true, nil, false)
print("", "")
print("embedded\ttab")
local saved = tostring
tostring = function(v) return "<" .. saved(v) .. ">" end
print(1, "x", nil)
tostring = saved
print(1, "x", nil)
local obj = setmetatable({}, {__tostring = function() return "object text" end})
print(obj, "and", obj)
tostring = function() return 42 end
print(pcall(print, "value"))
tostring = saved
print(select("#", print("returns nothing")))
