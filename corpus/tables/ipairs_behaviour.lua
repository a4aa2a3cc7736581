-- ipairs walks 1, 2, ... until the first nil, reading raw fields (no __index).
local t = {"a", "b", "c", nil, "e"}
for i, v in ipairs(t) do print(i, v) end
local proxy = setmetatable({}, {__index = function(_, k) return k <= 3 and "virtual" .. k or nil end})
local n = 0
for _ in ipairs(proxy) do n = n + 1 end
print("ipairs over __index proxy:", n, proxy[1])
local partial = setmetatable({"real"}, {__index = {nil, "inherited"}})
for i, v in ipairs(partial) do print(i, v) end
local f, s, init = ipairs(t)
print(s == t, init, f(t, 0), f(t, 2), f(t, 3))
print(pcall(ipairs))
print(pcall(ipairs, nil))
print(pcall(ipairs, "string"))
local z = {[0] = "zero", "one"}
for i, v in ipairs(z) do print(i, v) end
local count = 0
for i, v in ipairs({}) do count = count + 1 end
print(count)
return #t
