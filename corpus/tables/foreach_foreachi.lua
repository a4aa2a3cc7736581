-- table.foreachi visits 1..#t in order; table.foreach visits all pairs; a non-nil result stops.
local t = {"a", "b", "c"}
table.foreachi(t, print)
print(table.foreachi(t, function(i, v) if v == "b" then return "stopped at " .. i end end))
local n = 0
table.foreach({x = 1, y = 2, 10, 20}, function(k, v) n = n + v end)
print(n)
local keys = {}
table.foreach({p = 1, q = 2, r = 3}, function(k) keys[#keys + 1] = k end)
table.sort(keys)
print(table.concat(keys))
print(table.foreach({5}, function(k, v) return k, v end))
print(pcall(table.foreach, {1}, nil))
print(pcall(table.foreachi, nil, print))
print(table.foreachi({}, print))
