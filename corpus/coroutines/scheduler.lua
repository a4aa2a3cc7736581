-- A round-robin scheduler running many small coroutines to completion.
local tasks, log = {}, {}
for id = 1, 50 do
  tasks[#tasks + 1] = coroutine.create(function()
    local steps = id % 4 + 1
    for s = 1, steps do coroutine.yield(id * 100 + s) end
    return id
  end)
end
local finished, yields, order = 0, 0, {}
while #tasks > 0 do
  local remaining = {}
  for _, t in ipairs(tasks) do
    local ok, v = coroutine.resume(t)
    assert(ok, v)
    if coroutine.status(t) == "dead" then
      finished = finished + 1
      if v % 10 == 0 then order[#order + 1] = v end
    else
      yields = yields + 1
      remaining[#remaining + 1] = t
    end
  end
  tasks = remaining
end
print(finished, yields, table.concat(order, " "))
