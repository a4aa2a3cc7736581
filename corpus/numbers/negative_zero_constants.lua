-- Constants 0 and -0 are equal, so the compiler keeps one of them in the constant table:
-- whichever appears first in the function decides how the other one prints.
local function negative_first()
  local a = -0
  local b = 0
  return a, b
end
local function positive_first()
  local a = 0
  local b = -0
  return a, b
end
print(negative_first())
print(positive_first())
local function folded()
  local a = 0 * -1
  local b = 0 / -3
  return a, b
end
print(folded())
return negative_first()
