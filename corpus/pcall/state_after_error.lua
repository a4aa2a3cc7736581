-- Side effects made before an error remain; execution resumes after pcall.
local t = {count = 0}
local function partial_update()
  t.count = t.count + 1
  t.before = "set"
  error("interrupted")
  t.after = "never set"
end
print(pcall(partial_update))
print(t.count, t.before, t.after)
print(pcall(partial_update))
print(t.count)
local x = "unchanged"
local ok = pcall(function() x = "changed in closure" error("late") end)
print(ok, x)
local list = {}
for i = 1, 5 do
  pcall(function()
    if i % 2 == 0 then error("even") end
    list[#list + 1] = i
  end)
end
print(table.concat(list, ","))
local depth_after = select("#", pcall(error))
print(depth_after)
