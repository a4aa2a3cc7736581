-- In Lua 5.1 a __gc field in a table's metatable is never called.
local finalized = 0
local function make()
  for i = 1, 20 do setmetatable({}, {__gc = function() finalized = finalized + 1 end}) end
end
make()
collectgarbage("collect")
collectgarbage("collect")
print("finalizers run:", finalized)
print(type(collectgarbage("step")), collectgarbage("collect"))
