-- Forwarding varargs through wrappers, pcall and coroutines keeps every value.
local function target(...) return select("#", ...), ... end
local function wrapper(...) return target(...) end
print(wrapper(1, nil, 3, nil))
print(pcall(target, "a", nil))
local function traced(f)
  return function(...)
    local results = {n = select("#", ...), ...}
    return f(unpack(results, 1, results.n))
  end
end
print(traced(target)(nil, "b"))
local co = coroutine.wrap(function(...)
  local got = {n = select("#", ...), ...}
  local again = {n = 0}
  local function collect(...) again = {n = select("#", ...), ...} end
  collect(coroutine.yield(got.n, ...))
  return again.n, unpack(again, 1, again.n)
end)
print(co(1, nil))
print(co("x", nil, nil))
local function tail(...) return select(2, ...) end
print(tail(1, 2, 3))
return wrapper()
