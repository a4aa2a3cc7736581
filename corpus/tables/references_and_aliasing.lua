-- Tables are references: aliases see changes, copies need explicit work.
local a = {1, 2, 3, inner = {v = 1}}
local b = a
b[1] = "changed"
print(a[1], a == b, rawequal(a, b))
local function shallow_copy(t)
  local c = {}
  for k, v in pairs(t) do c[k] = v end
  return c
end
local c = shallow_copy(a)
c[2] = "copy only"
c.inner.v = "shared inner"
print(a[2], c[2], a.inner.v, c == a, c.inner == a.inner)
local function deep_copy(t)
  if type(t) ~= "table" then return t end
  local out = {}
  for k, v in pairs(t) do out[k] = deep_copy(v) end
  return out
end
local d = deep_copy(a)
d.inner.v = "independent"
print(a.inner.v, d.inner.v)
local function mutate(t) t.touched = true; t = {} ; t.touched = "lost" end
mutate(a)
print(a.touched)
local cycle = {}
cycle.self = cycle
print(cycle.self.self.self == cycle)
print({} == {}, #{{}, {}})
return a.touched
