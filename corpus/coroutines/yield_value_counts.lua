-- Exact numbers of values passed by yield and resume, including nils.
local function n(...) return select("#", ...) end
local co = coroutine.create(function(...)
  local got = n(...)
  got = n(coroutine.yield(got))
  got = n(coroutine.yield(got, nil))
  got = n(coroutine.yield())
  got = n(coroutine.yield(nil, nil, nil))
  return got, nil
end)
print(n(coroutine.resume(co)), coroutine.resume(co, nil))
print(n(coroutine.resume(co, 1, 2)))
print(n(coroutine.resume(co)))
print(n(coroutine.resume(co, nil, nil, nil, nil)))
local last = {coroutine.resume(co)}
print(#last, last[1], last[2])
