-- @profile: redis
-- A nil argument is refused too.
local ok, message = pcall(redis.call, "GET", nil)
return {tostring(ok), message}
