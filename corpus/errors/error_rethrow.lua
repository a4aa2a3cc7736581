-- Rethrowing: string errors gain another position at level 1, none at level 0.
local function inner() error("original") end
local ok, e = pcall(inner)
print(e)
print(pcall(function() error(e) end))
print(pcall(function() error(e, 0) end))
print(pcall(function() error(e, 2) end))
local function layered()
  local ok1, e1 = pcall(inner)
  local ok2, e2 = pcall(function() error("wrapped: " .. e1, 0) end)
  return e2
end
print(layered())
local obj = {msg = "table error"}
local ok3, e3 = pcall(function()
  local ok4, e4 = pcall(error, obj)
  error(e4)
end)
print(e3 == obj, e3.msg)
