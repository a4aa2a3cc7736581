-- math.huge and the infinities in arithmetic, comparison and formatting.
local inf = math.huge
print(inf, -inf, inf + inf, inf * -1, -inf * -inf)
print(inf > 0, -inf < 0, inf == inf, inf ~= -inf)
print(1 / inf, -1 / inf, inf / 1e308)
print(math.floor(inf), math.ceil(-inf), math.abs(-inf))
print(math.max(1, inf, 3), math.min(-inf, 0))
print(string.format("%f %e %g", inf, -inf, inf))
print(string.format("%5.1f|%-8g|", inf, -inf))
print(tostring(inf) == "inf", tostring(-inf) == "-inf")
print(tonumber("inf"), tonumber("1e309"), tonumber("-1e309"))
print(inf - 1 == inf, 2^1024 == inf, -(2^1024) == -inf)
for i = inf, inf do print("one iteration", i) break end
return inf, -inf
