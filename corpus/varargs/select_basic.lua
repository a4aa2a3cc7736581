-- select(n, ...) returns the arguments from n on; select("#", ...) counts them.
print(select(1, "a", "b", "c"))
print(select(2, "a", "b", "c"))
print(select(3, "a", "b", "c"))
print(select(4, "a", "b", "c"))
print(select(-1, "a", "b", "c"))
print(select(-2, "a", "b", "c"))
print(select(-3, "a", "b", "c"))
print(select("#"), select("#", nil), select("#", nil, nil), select("#", 1, nil, 3, nil))
print(select(2.7, "a", "b", "c"))
print(select("2", "a", "b", "c"))
print((select(2, "a", "b", "c")))
local function last(...) return (select(select("#", ...), ...)) end
print(last(1, 2, 3), last("only"))
local function count(...) return select("#", ...) end
print(count(), count(nil), count(unpack({1, 2, 3})), count(unpack({}, 1, 5)))
return select("#", 1, 2, 3)
