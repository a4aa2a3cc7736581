-- Functions and unpack can pass hundreds of values; beyond the C stack limit is an error.
local function range(n) local t = {} for i = 1, n do t[i] = i end return t end
local function count(...) return select("#", ...) end
print(count(unpack(range(250))))
print(count(unpack(range(2000))))
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + (select(i, ...)) end
  return s
end
print(sum(unpack(range(300))))
local function many() return unpack(range(500)) end
local t = {many()}
print(#t, t[1], t[500])
print(math.max(unpack(range(1000))))
print(pcall(unpack, range(10), 1, 100000))
print(select(-1, unpack(range(777))))
local s = string.char(unpack(range(200)))
print(#s, s:byte(200))
return count(unpack(range(100)))
