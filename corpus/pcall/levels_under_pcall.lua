-- error levels when the failing function is called directly by pcall.
local function lvl(n) error("level " .. n, n) end
print(pcall(lvl, 1))
print(pcall(lvl, 2))
print(pcall(lvl, 3))
local function wrapper(n) lvl(n) end
print(pcall(wrapper, 2))
print(pcall(wrapper, 3))
local function via_xpcall(n) return xpcall(function() lvl(n) end, function(e) return "h:" .. e end) end
print(via_xpcall(1))
print(via_xpcall(2))
