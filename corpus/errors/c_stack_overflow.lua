-- Nesting C boundaries (metamethods, pcall) is limited separately from the Lua stack.
local mt = {}
mt.__index = function(t, k) return setmetatable({}, mt)[k] end
local t = setmetatable({}, mt)
local ok, e = pcall(function() return t.x end)
print(ok, e)
local deepest, first_error = 0, nil
local function nest(n)
  if n > deepest then deepest = n end
  local ok_inner, err = pcall(nest, n + 1)
  if not ok_inner and not first_error then first_error = err end
  return n
end
print(nest(1))
print(first_error, deepest > 100 and deepest < 300)
print("still running")
