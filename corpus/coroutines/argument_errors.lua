-- Bad arguments to the coroutine library functions.
print(pcall(coroutine.create))
print(pcall(coroutine.create, 1))
print(pcall(coroutine.create, print))
print(pcall(coroutine.resume))
print(pcall(coroutine.resume, {}))
print(pcall(coroutine.resume, function() end))
print(pcall(coroutine.status))
print(pcall(coroutine.wrap))
print(pcall(coroutine.wrap, "f"))
local names = {}
for k in pairs(coroutine) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
