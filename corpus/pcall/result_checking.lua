-- The "ok, err" idiom, functions returning nil plus a message, and assert on them.
local function divide(a, b)
  if b == 0 then return nil, "division by zero" end
  return a / b
end
print(divide(6, 3))
print(divide(1, 0))
print(pcall(function() return assert(divide(1, 0)) end))
print(pcall(function() return assert(divide(8, 2)) end))
local function safe(f, ...)
  local ok, a, b = pcall(f, ...)
  if not ok then return "error", a end
  return "ok", a, b
end
print(safe(divide, 10, 4))
print(safe(function() error("kaput", 0) end))
print(safe(function() return nil + 1 end))
print(select("#", safe(divide, 1, 0)))
