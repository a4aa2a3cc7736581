-- @profile: redis
-- redis.set_repl reads its flags as C's (int) of lua_tonumber: NaN, infinities and values
-- outside int (2^32+1 included) are INT_MIN and rejected, fractions truncate, non-numbers are 0.
local edges = {0/0, 1/0, -1/0, 0.5, -0.5, 2.5, 3.5, 3.99, -1, 2^31, 2^31 + 3, 2^32 + 1, 2^32 + 2, 2^32 + 3,
  -2^31, -2^32 + 2, 2^63, 1e300, "3", " 3 ", "0x3", "2", "abc", {}, true}
local results = {}
for index = 1, #edges do
  local ok, problem = pcall(redis.set_repl, edges[index])
  results[index] = ok and "ok" or problem
end
results[#results + 1] = pcall(redis.set_repl, nil) and "ok" or "nil refused"
results[#results + 1] = select(2, pcall(redis.set_repl))
return results
