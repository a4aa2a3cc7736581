-- @profile: redis
-- The string metatable still works; string.rep ignores a third argument (Lua 5.1).
local s = "ab"
return {s:upper(), s:rep(2, "-"), ("%d-%s"):format(5, "x"), #s}
