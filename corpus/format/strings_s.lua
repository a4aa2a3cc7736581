-- %s takes strings and numbers; other types are errors in Lua 5.1 (no tostring call).
local f = string.format
print(f("%s %s %s", "text", 12, 1.5))
print(f("%s", ""), f("%s|%s", "a", "b"), f("%s", 1e100))
print(pcall(f, "%s", nil))
print(pcall(f, "%s", true))
print(pcall(f, "%s", {}))
print(pcall(f, "%s"))
local obj = setmetatable({}, {__tostring = function() return "object" end})
print(pcall(f, "%s", obj))
-- short strings go through C formatting, which stops at a zero byte
print(f("%s", "a\0b"):byte(1, -1))
print(f("[%5s]", "a\0b"):byte(1, -1))
-- strings of 100 bytes or more without a precision are copied whole
local long = string.rep("x", 99) .. "\0" .. "tail"
print(#f("%s", long), f("%s", long):byte(-1))
print(#f("%.99s", long), #f("%.5s", long))
print(f("%s and %s", "this", "that"), f("%s", "%d"))
return f("%s-%s", "a", 1)
