-- @profile: redis
-- @data: SET s text ; HSET h f v ; RPUSH l a ; ZADD z 1 m
-- Commands on a key of another type fail with WRONGTYPE.
local results = {}
for _, command in ipairs({{"GET", "h"}, {"LPUSH", "s", "x"}, {"SADD", "h", "x"},
    {"HGET", "s", "f"}, {"ZADD", "l", 1, "m"}, {"INCR", "l"}, {"APPEND", "z", "x"}}) do
  results[#results + 1] = redis.pcall(unpack(command)).err
end
return results
