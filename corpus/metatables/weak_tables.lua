-- Weak tables after a full collection: unreferenced tables vanish, strings and numbers stay.
-- All temporary references live in helper functions, so no stale register keeps an object.
local function count(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n end
local keep = {}
local weak_values = setmetatable({}, {__mode = "v"})
local weak_keys = setmetatable({}, {__mode = "k"})
local strong = {}
local function fill()
  for i = 1, 10 do
    local obj = {i}
    weak_values[i] = obj
    weak_keys[obj] = i
    strong[i] = {i}
    if i % 2 == 0 then keep[#keep + 1] = obj end
  end
  weak_values.str = "strings are values, not collected"
  weak_values.num = 42
end
local function survivors()
  local out = {}
  for i = 1, 10 do if weak_values[i] then out[#out + 1] = i end end
  return table.concat(out, ",")
end
local function key_sum()
  local sum = 0
  for _, v in pairs(weak_keys) do sum = sum + v end
  return sum
end
fill()
collectgarbage("collect")
print(count(weak_values), count(weak_keys), count(strong))
print(weak_values.str, weak_values.num)
print(survivors(), key_sum())
keep = nil
collectgarbage("collect")
print(count(weak_values), count(weak_keys), survivors(), key_sum())
local kv = setmetatable({}, {__mode = "kv"})
kv[1] = "one"
kv.name = "n"
collectgarbage("collect")
print(count(kv))
