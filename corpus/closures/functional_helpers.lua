-- Composition, currying and partial application built from closures.
local function compose(f, g) return function(...) return f(g(...)) end end
local function curry2(f) return function(a) return function(b) return f(a, b) end end end
local function partial(f, ...)
  local bound = {...}
  local nb = select("#", ...)
  return function(...)
    local args = {}
    for i = 1, nb do args[i] = bound[i] end
    local n = select("#", ...)
    for i = 1, n do args[nb + i] = select(i, ...) end
    return f(unpack(args, 1, nb + n))
  end
end
local function map(t, f) local r = {} for i, v in ipairs(t) do r[i] = f(v) end return r end
local function filter(t, p) local r = {} for _, v in ipairs(t) do if p(v) then r[#r + 1] = v end end return r end
local function reduce(t, f, acc) for _, v in ipairs(t) do acc = f(acc, v) end return acc end
local inc = function(x) return x + 1 end
local double = function(x) return x * 2 end
print(compose(inc, double)(5), compose(double, inc)(5))
local add = curry2(function(a, b) return a + b end)
print(add(3)(4), add(10)(-10))
local greet = partial(string.format, "%s, %s%s")
print(greet("Hello", "world", "!"))
local pad = partial(string.rep, "-")
print(pad(5))
local nums = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
local evens = filter(nums, function(n) return n % 2 == 0 end)
print(table.concat(map(evens, double), " "), reduce(nums, function(a, b) return a + b end, 0))
local pipeline = reduce({inc, double, inc, double}, compose, function(x) return x end)
print(pipeline(1))
return add(1)(2)
