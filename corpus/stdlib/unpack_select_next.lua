-- The remaining base functions: unpack, select, next, rawequal in ordinary use.
local t = {10, 20, 30}
print(unpack(t))
print(select(2, unpack(t)))
print(next(t), next(t, 1), next(t, 3))
print(rawequal(t, t), rawequal(t, {}), rawequal("a", "a"))
local keys = {}
local k = next(t)
while k do keys[#keys + 1] = k k = next(t, k) end
print(table.concat(keys, ","))
local gi, gt, gk = ipairs(t)
print(gi(gt, gk))
print(type(gcinfo), type(newproxy))
local proxy = newproxy(true)
getmetatable(proxy).__index = function(_, key) return "proxy " .. key end
print(type(proxy), proxy.anything)
print(type(newproxy(false)), getmetatable(newproxy(false)))
