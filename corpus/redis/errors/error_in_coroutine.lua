-- @profile: redis
-- Errors inside coroutines come back through resume.
local co = coroutine.create(function() redis.call("SET", "k", "v"); error("inside") end)
local ok, message = coroutine.resume(co)
return {tostring(ok), message, redis.call("GET", "k")}
