-- Many conversions in one format string; extra arguments are ignored.
local f = string.format
print(f("%d-%s-%5.2f-%x-%q-%c-%e-%g-%%", 1, "two", 3.14159, 255, "q", 65, 1000, 0.5))
local args = {}
for i = 1, 30 do args[i] = i end
local spec = string.rep("%d,", 30)
print(f(spec, unpack(args)))
print(f("%s", "only one", "ignored", "also ignored"))
print(select("#", f("%d", 1)))
print(pcall(f, string.rep("%d", 31), unpack(args)))
return f("%d%d", 1, 2, 3)
