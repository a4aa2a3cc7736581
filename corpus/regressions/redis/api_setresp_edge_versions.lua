-- @profile: redis
-- redis.setresp reads the version as C's (int) of lua_tonumber: 2.5 and "3" are accepted,
-- NaN, infinities, values outside int and non-numbers are refused.
local edges = {0/0, 1/0, -1/0, 0.5, -0.5, 2.5, 3.5, 3.99, -1, 2^31, 2^31 + 3, 2^32 + 1, 2^32 + 2, 2^32 + 3,
  -2^31, -2^32 + 2, 2^63, 1e300, "3", " 3 ", "0x3", "2", "abc", {}, true}
local results = {}
for index = 1, #edges do
  local ok, problem = pcall(redis.setresp, edges[index])
  results[index] = ok and "ok" or problem
end
results[#results + 1] = select(2, pcall(redis.setresp, nil))
results[#results + 1] = select(2, pcall(redis.setresp))
return results
