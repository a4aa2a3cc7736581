-- Long comments with levels, and the classic toggle trick.
local n = 0
--[[ n = n + 100 ]]
n = n + 1
--[==[
n = n + 1000
]] still inside the comment
]==]
n = n + 2
---[[ this is a line comment, so the next line runs
n = n + 4
--]]
--[=[ ]] ]==] ]=] n = n + 8
-- a short comment with [[ brackets ]] n = n + 16
--[ not long either
n = n + 32 -- trailing comment --[[ ]] n = n + 64
print(n)
local t = { 1, --[[ 2, ]] 3 }
print(#t, t[1], t[2])
print(1 + --[[ inline ]] 2)
return n
