-- @profile: redis
-- redis.error_reply and redis.status_reply take only a string (numbers are not coerced);
-- redis.breakpoint and redis.debug ignore their arguments outside the debugger.
local edges = {0/0, 1/0, -1/0, 0.5, -0.5, 2.5, 3.5, 3.99, -1, 2^31, 2^31 + 3, 2^32 + 1, 2^32 + 2, 2^32 + 3,
  -2^31, -2^32 + 2, 2^63, 1e300, "3", " 3 ", "0x3", "2", "abc", {}, true}
local results = {}
for index = 1, #edges do
  local value = edges[index]
  local err = redis.error_reply(value)
  local status = redis.status_reply(value)
  results[#results + 1] = {err.err or "none", status.ok or status.err or "none",
    tostring(redis.breakpoint(value)), select("#", redis.debug(value))}
end
results[#results + 1] = {redis.error_reply().err, redis.status_reply().err,
  redis.error_reply("a", "b").err, redis.status_reply("a", "b").err}
return results
