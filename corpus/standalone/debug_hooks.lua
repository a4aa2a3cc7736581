-- Hooks: a count hook counts its own instructions; line and call hooks.
local n = 0
debug.sethook(function(e) n = n + 1 local a = 1 local b = 2 local c = a + b end, "", 3)
for i = 1, 50 do end
debug.sethook()
print(n)
local lines = {}
debug.sethook(function(e, l) lines[#lines + 1] = l end, "l", 7)
for i = 1, 5 do
  local x = i
end
debug.sethook()
print(table.concat(lines, ","))
local c = 0
debug.sethook(function(e) c = c + 1 end, "c", 1)
print("x")
debug.sethook()
print(c)
local co = coroutine.create(function() for i = 1, 30 do end end)
local k = 0
debug.sethook(co, function() k = k + 1 end, "", 4)
coroutine.resume(co)
print(k)
local n = 0
debug.sethook(function(e) n = n + 1 end, "", 10)
for i = 1, 100 do end
debug.sethook()
print(n)
print(pcall(function() local n = 0 debug.sethook(function(e) n = n + 1 end, "", 10) for i = 1, 100 do end debug.sethook() return n end))
