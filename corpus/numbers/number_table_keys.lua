-- Number keys: 1 and 1.0 are the same key; "1" is different; NaN cannot be a key.
local t = {}
t[1] = "int"
t[1.0] = "float overwrites"
t["1"] = "string"
t[1.5] = "fraction"
t[-1] = "negative"
t[2^53] = "big"
print(t[1], t["1"], t[1.5], t[-1], t[2^53], t[3/2])
print(#t, t[0.5 + 0.5])
local keys = {}
for k, v in pairs(t) do keys[#keys + 1] = type(k) .. ":" .. tostring(k) end
table.sort(keys)
print(table.concat(keys, " "))
print(pcall(function() t[0/0] = 1 end))
print(pcall(rawset, t, 0/0, 1))
print(t[0/0])
t[1e300] = "huge"
t[math.huge] = "inf"
t[-math.huge] = "-inf"
print(t[1e300], t[1/0], t[-1/0])
local u = {[1] = "a", [2] = "b", [3.0] = "c"}
print(#u, u[3])
return t[1]
