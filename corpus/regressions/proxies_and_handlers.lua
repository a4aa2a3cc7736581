-- Found by the library-argument sweep: newproxy accepts as a template only a proxy whose
-- metatable newproxy(true) made; xpcall calls only a function handler (a table with __call
-- gives "error in error handling"); debug.setmetatable wants argument 2 even as nil.
print(pcall(newproxy, newproxy()))
print(pcall(newproxy, {}))
local template = newproxy(true)
getmetatable(template).__index = function() return "shared" end
print(newproxy(template).anything)
local changed = newproxy(true)
debug.setmetatable(changed, {})
print(pcall(newproxy, changed))
print(xpcall(function() error("e") end, setmetatable({}, {__call = function() return "called" end})))
print(pcall(debug.setmetatable, 1))
print(debug.setmetatable(1, nil))
