-- @profile: redis
-- The line of the error counts every line of the script.
local function inner()
  local x = {}
  return x.a.b
end
local function outer()
  return inner()
end

return outer()
