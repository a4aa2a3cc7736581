-- type names for every kind of value; tostring of the scalar ones.
local values = {nil, true, 0, "s", {}, print, function() end, coroutine.create(function() end)}
for i = 1, 8 do print(i, type(values[i])) end
print(type(type), type(nil), type(type(nil)))
print(pcall(type))
print(tostring(nil), tostring(false), tostring(12), tostring(-1.25), tostring("x"))
print(select("#", type(1, 2)))
print(type(string), type(_G), type(_VERSION), type(math.pi))
