-- Closures and upvalues: counters, higher-order functions.
local function counter() local n = 0 return function() n = n + 1 return n end end
local total = 0
for i = 1, 20000 do local c = counter() for j = 1, 20 do total = total + c() end end
local function map(f, t) local r = {} for i = 1, #t do r[i] = f(t[i]) end return r end
local t = {} for i = 1, 1000 do t[i] = i end
for k = 1, 200 do t = map(function(x) return (x * 3 + k) % 1000 end, t) end
print(total, t[1], t[1000])
