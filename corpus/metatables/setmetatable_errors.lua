-- setmetatable and getmetatable argument rules.
local t = {}
print(setmetatable(t, {}) == t, setmetatable(t, nil) == t, getmetatable(t))
print(pcall(setmetatable, t, 5))
print(pcall(setmetatable, t, "mt"))
print(pcall(setmetatable, t))
print(pcall(setmetatable, 5, {}))
print(pcall(setmetatable, "s", {}))
print(pcall(setmetatable, nil, {}))
print(pcall(setmetatable))
print(getmetatable(nil), getmetatable(5), getmetatable(true), getmetatable(print))
print(type(getmetatable("abc")), getmetatable({}))
print(pcall(getmetatable))
return getmetatable(t)
