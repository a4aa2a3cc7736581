-- Closures created in the same scope share the same variable, not copies of it.
local function make_pair()
  local value = 0
  local function get() return value end
  local function set(v) value = v end
  local function inc() value = value + 1 return value end
  return get, set, inc
end
local get, set, inc = make_pair()
print(get(), inc(), inc(), get())
set(100)
print(get(), inc())
local get2, set2 = make_pair()
set2(-1)
print(get(), get2())
local x = 1
local function read_x() return x end
x = 2
print(read_x())
local function write_x() x = x * 10 end
write_x()
print(x, read_x())
return get()
