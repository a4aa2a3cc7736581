-- Values flow both ways: resume arguments become yield results and vice versa.
local co = coroutine.create(function(a, b)
  print("started with", a, b)
  local c, d = coroutine.yield(a + b, "first yield")
  print("resumed with", c, d)
  local e = coroutine.yield(c * 2)
  print("resumed again with", e)
  return "done", e, nil
end)
print(coroutine.resume(co, 1, 2))
print(coroutine.resume(co, 10, 20))
print(coroutine.resume(co, "last"))
print(coroutine.resume(co))
local echo = coroutine.create(function(...)
  local args = {n = select("#", ...), ...}
  while true do
    args = {n = 0}
    local function collect(...) args = {n = select("#", ...), ...} end
    collect(coroutine.yield(args.n))
    if args[1] == "stop" then return "stopped with " .. args.n .. " values" end
  end
end)
print(coroutine.resume(echo))
print(coroutine.resume(echo, nil, nil))
print(coroutine.resume(echo, 1, 2, 3))
print(coroutine.resume(echo, "stop", nil))
