-- Errors inside a coroutine end it; resume reports false plus the error value.
local co = coroutine.create(function(x)
  coroutine.yield("before error")
  local y = x.field
  return y
end)
print(coroutine.resume(co, nil))
print(coroutine.resume(co))
print(coroutine.status(co))
local obj = {}
local co2 = coroutine.create(function() error(obj) end)
local ok, e = coroutine.resume(co2)
print(ok, e == obj)
local co3 = coroutine.create(function() error("level two", 2) end)
print(coroutine.resume(co3))
local co4 = coroutine.create(function()
  local ok_inner, err = pcall(error, "caught inside")
  coroutine.yield(ok_inner, err)
  return "survived"
end)
print(coroutine.resume(co4))
print(coroutine.resume(co4))
local co5 = coroutine.create(function() return nil + 1 end)
print(coroutine.resume(co5))
