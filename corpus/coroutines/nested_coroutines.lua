-- Coroutines resuming other coroutines; yields go to the direct resumer only.
local function child(name)
  return coroutine.create(function()
    for i = 1, 2 do coroutine.yield(name .. i) end
    return name .. " done"
  end)
end
local parent = coroutine.create(function()
  local a, b = child("a"), child("b")
  local results = {}
  for _ = 1, 3 do
    local _, va = coroutine.resume(a)
    local _, vb = coroutine.resume(b)
    results[#results + 1] = va .. "/" .. vb
    coroutine.yield(#results)
  end
  return table.concat(results, " ")
end)
for _ = 1, 4 do print(coroutine.resume(parent)) end
local depth = 0
local function nest(n)
  if n == 0 then return coroutine.yield("bottom") end
  local co = coroutine.create(nest)
  depth = depth + 1
  local ok, v = coroutine.resume(co, n - 1)
  return v
end
local top = coroutine.create(nest)
print(coroutine.resume(top, 20))
print(depth, coroutine.status(top))
