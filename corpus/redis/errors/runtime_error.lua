-- @profile: redis
-- A Lua runtime error: ERR, position, message, then the script's SHA-1 and line.
local t = nil
return t.field
