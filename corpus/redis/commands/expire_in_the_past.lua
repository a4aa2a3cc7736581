-- @profile: redis
-- @data: SET a 1 ; SET b 2 ; SET c 3
-- A non-positive expiry deletes the key at once.
local r = {redis.call("EXPIRE", "a", 0), redis.call("EXISTS", "a"),
  redis.call("PEXPIRE", "b", -10), redis.call("EXISTS", "b"), redis.call("DBSIZE")}
return r
