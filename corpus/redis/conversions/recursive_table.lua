-- @profile: redis
-- A table that contains itself is nested until Lua's stack is exhausted.
local t = {}
t[1] = t
return t
