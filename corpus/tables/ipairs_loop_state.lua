-- A generic for over ipairs's own iterator with states it does not build itself: a float or
-- negative control value, a third result variable, a single variable, the table growing
-- during the loop, a string control (converted), a non-table state (an error naming the
-- iterator's argument), and a loop over a table with holes inside a deep recursion.
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
