-- Generic fors over ipairs's iterator and over next with states they do not build
-- themselves: a float or negative control value, a third result variable, a single variable,
-- the table growing during the loop, a string control (converted), a non-table state (an
-- error naming the iterator's argument), an invalid key, fields cleared during the traversal,
-- and loops inside a deep recursion.
local iter = ipairs({})
local t = {10, 20, 30, 40}
for i, v in iter, t, 1.5 do print("float start", i, v) end
for i, v in iter, t, -3 do print("negative start", i, v) break end
for i, v, extra in ipairs(t) do print("three vars", i, v, extra) end
local seen = "" for i in ipairs(t) do seen = seen .. i .. " " end print("one var", seen)
local grow = {1}
for i, v in ipairs(grow) do if i < 5 then grow[i + 1] = v * 2 end end
print("grown", #grow, grow[5])
for i, v in iter, t, "2" do print("string control", i, v) end
print(pcall(function() for i, v in iter, "not a table", 0 do end end))
print(pcall(function() for i, v in iter, t, {} do end end))
local function deep(n)
  if n == 0 then
    local s = 0
    for _, v in ipairs({1, 2, nil, 4}) do s = s + v end
    return s
  end
  return deep(n - 1)
end
print("deep", deep(150))
local last
for i, v in ipairs(t) do last = i end
print("last index", last)
local mixed = {1, 2, nil, 4, x = "x", y = "y", [10] = 10, [2.5] = "half"}
local order = ""
for k, v in pairs(mixed) do order = order .. tostring(k) .. "=" .. tostring(v) .. " " end
print("pairs order", order)
local keys = ""
for k in next, mixed do keys = keys .. tostring(k) .. " " end
print("next, one var", keys)
for k, v, extra in pairs({a = 1}) do print("three vars", k, v, extra) end
for k, v in next, mixed, "x" do print("from x", k, v) break end
print(pcall(function() for k in next, mixed, "absent" do end end))
print(pcall(function() for k in next, 42 do end end))
local shrinking = {a = 1, b = 2, c = 3, d = 4}
local visited = 0
for k in pairs(shrinking) do shrinking[k] = nil visited = visited + 1 end
print("cleared while traversing", visited, next(shrinking))
local function deep_pairs(n)
  if n == 0 then
    local c = 0
    for _ in pairs({p = 1, q = 2, 3}) do c = c + 1 end
    return c
  end
  return deep_pairs(n - 1)
end
print("deep pairs", deep_pairs(150))
