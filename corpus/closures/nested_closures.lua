-- Upvalues reached through several levels of nested functions.
local function level1(a)
  return function(b)
    return function(c)
      return function(d)
        a = a + 1
        return a + b + c + d
      end
    end
  end
end
local f = level1(1000)(100)(10)
print(f(1), f(1), f(2))
local g = level1(0)(0)(0)
print(g(0), f(0))
local function outer()
  local x = "outer x"
  local function middle()
    local function inner() return x end
    x = "changed by middle"
    return inner
  end
  local inner = middle()
  local before = inner()
  x = "changed by outer"
  return before, inner()
end
print(outer())
local function adders()
  local fs = {}
  for i = 1, 3 do
    fs[i] = function(x) return function(y) return x + y + i end end
  end
  return fs
end
local fs = adders()
print(fs[1](10)(100), fs[3](10)(100))
return f(0)
