-- Nested pcalls: an inner failure is contained; the outer call continues.
local log = {}
local ok, result = pcall(function()
  local inner_ok, inner_err = pcall(function() error("inner failure", 0) end)
  log[#log + 1] = "inner: " .. tostring(inner_ok) .. " " .. inner_err
  local inner2_ok, inner2_val = pcall(function() return "inner success" end)
  log[#log + 1] = "inner2: " .. tostring(inner2_ok) .. " " .. inner2_val
  return "outer result"
end)
print(ok, result)
print(table.concat(log, " | "))
local function deep(n)
  if n == 0 then error("bottom reached", 0) end
  local ok2, e = pcall(deep, n - 1)
  return "level " .. n .. " caught: " .. tostring(e)
end
print(deep(3))
print(pcall(pcall, error, "x"))
print(pcall(pcall, pcall, error, "y"))
print(pcall(pcall))
local depth = 0
local function recurse_pcall(n)
  depth = depth + 1
  if n == 0 then return "done" end
  return select(2, pcall(recurse_pcall, n - 1))
end
print(recurse_pcall(50), depth)
