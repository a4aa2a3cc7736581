-- Packing varargs with their count and unpacking them again keeps embedded nils.
local function pack(...) return {n = select("#", ...), ...} end
local p = pack(1, nil, 3, nil)
print(p.n, p[1], p[2], p[3], p[4])
print(unpack(p, 1, p.n))
print(select("#", unpack(p, 1, p.n)))
local empty = pack()
print(empty.n, select("#", unpack(empty, 1, empty.n)))
local function roundtrip(...) local t = pack(...) return unpack(t, 1, t.n) end
print(roundtrip("a", nil, "c"))
print(select("#", roundtrip(nil, nil)))
local function append(t, ...)
  for i = 1, select("#", ...) do t.n = t.n + 1; t[t.n] = (select(i, ...)) end
  return t
end
local acc = append(pack("x"), "y", nil, "z")
print(acc.n, unpack(acc, 1, acc.n))
return unpack(p, 1, 3)
