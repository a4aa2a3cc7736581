-- @profile: redis
-- pcall catches Lua errors with their position.
local ok, message = pcall(function() local n = nil; return n + 1 end)
return {tostring(ok), message}
