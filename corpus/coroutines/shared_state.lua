-- Coroutines share upvalues and globals with the code that created them.
local shared = {log = {}}
local count = 0
local function worker(name)
  return coroutine.wrap(function()
    for i = 1, 3 do
      count = count + 1
      shared.log[#shared.log + 1] = name .. i
      coroutine.yield(count)
    end
  end)
end
local a, b = worker("a"), worker("b")
print(a(), b(), a(), b(), a(), b())
print(count, table.concat(shared.log, " "))
GLOBAL_FROM_CO = nil
coroutine.wrap(function() GLOBAL_FROM_CO = "set inside" end)()
print(GLOBAL_FROM_CO)
local env_co = coroutine.create(function() return getfenv(0) == getfenv(1) end)
print(coroutine.resume(env_co))
