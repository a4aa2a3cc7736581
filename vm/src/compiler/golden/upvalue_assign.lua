local a, b = 1, 2
local function f()
  a, b = b, a
  local c = a
  c = b
  local function g()
    a = c
    b = a + c
    return function() return a, b, c end
  end
  return g
end
