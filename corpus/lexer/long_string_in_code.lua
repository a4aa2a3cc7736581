-- Long strings used as call arguments, table keys and in concatenations.
local function id(...) return ... end
print(id[[call with long string]])
print(#id[==[
]==])
local t = {[ [[key]] ] = "value", [[positional]]}
print(t.key, t[1])
print([[a]] .. [=[b]=] .. "c")
local s = [[
line 1
line 2
]]
local count = 0
for line in s:gmatch("[^\n]+") do count = count + 1; print(count, line) end
print(("%q"):format([[multi
line]]))
return [[ret]]
