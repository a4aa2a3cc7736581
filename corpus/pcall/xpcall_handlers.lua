-- xpcall calls the handler with the error; the handler's single result is returned.
local function handler(e) return "handled: " .. tostring(e) end
print(xpcall(function() error("oops") end, handler))
print(xpcall(function() error("no position", 0) end, handler))
print(xpcall(function() error({code = 1}) end, function(e) return type(e) .. " " .. e.code end))
print(xpcall(function() return "fine", 2 end, handler))
print(xpcall(function() local t = nil; return t.x end, handler))
print(xpcall(function() error("x") end, function(e) return 1, 2, 3 end))
print(xpcall(function() error("x") end, function(e) end))
print(xpcall(function() error(nil) end, function(e) return "got " .. tostring(e) end))
local seen = {}
print(xpcall(function() error("first") end, function(e) seen[#seen + 1] = e return #seen end))
print(#seen, seen[1])
print(pcall(xpcall, function() end))
print(xpcall(print, print))
