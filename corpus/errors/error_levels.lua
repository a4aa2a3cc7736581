-- error(msg, level): 1 points at the error call, 2 at the caller, 0 adds no position.
local function fail(level) error("failure at level " .. tostring(level), level) end
local function caller(level) fail(level) end
print(pcall(caller, 1))
print(pcall(caller, 2))
print(pcall(caller, 3))
print(pcall(caller, 0))
print(pcall(caller, nil))
print(pcall(caller, 50))
local function validate(x)
  if type(x) ~= "number" then error("expected a number, got " .. type(x), 2) end
  return x
end
local function use() return validate("text") end
print(pcall(use))
print(pcall(error, "direct"))
print(pcall(error, "direct level 2", 2))
print(pcall(error))
print(select("#", pcall(error)))
