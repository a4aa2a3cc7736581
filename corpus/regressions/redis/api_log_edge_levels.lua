-- @profile: redis
-- redis.log's level must pass lua_isnumber (numeric strings do) and is then C's (int) of
-- lua_tonumber: fractions truncate (-0.5 is 0, 3.99 is 3), NaN and huge values are refused.
local edges = {0/0, 1/0, -1/0, 0.5, -0.5, 2.5, 3.5, 3.99, -1, 2^31, 2^31 + 3, 2^32 + 1, 2^32 + 2, 2^32 + 3,
  -2^31, -2^32 + 2, 2^63, 1e300, "3", " 3 ", "0x3", "2", "abc", {}, true}
local results = {}
for index = 1, #edges do
  local ok, problem = pcall(redis.log, edges[index], "edge")
  results[index] = ok and "ok" or problem
end
results[#results + 1] = select(2, pcall(redis.log, nil, "edge"))
results[#results + 1] = select(2, pcall(redis.log, redis.LOG_NOTICE))
return results
