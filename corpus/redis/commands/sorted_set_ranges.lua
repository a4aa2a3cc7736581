-- @profile: redis
-- ZRANGE by rank, score and lex with REV and LIMIT, the lex commands, ZRANGESTORE, ZMSCORE,
-- ZREMRANGEBY*, scores out of double range and -0.
local r = {}
-- Nil replies become a marker: they would stay holes in the result tables.
local function try(...)
  local v = redis.pcall(...)
  if v == false then return "(nil)" end
  return type(v) == "table" and (v.err or v) or v
end
redis.call("ZADD", "z", 0, "a", 0, "b", 0, "c", 0, "d", 0, "e")
r[#r + 1] = try("ZRANGEBYLEX", "z", "[b", "(d")
r[#r + 1] = try("ZREVRANGEBYLEX", "z", "+", "-", "LIMIT", 1, 2)
r[#r + 1] = try("ZRANGE", "z", "[d", "[b", "BYLEX", "REV")
r[#r + 1] = try("ZRANGE", "z", "-", "+", "BYLEX", "WITHSCORES")
r[#r + 1] = try("ZLEXCOUNT", "z", "(a", "+")
r[#r + 1] = try("ZRANGEBYLEX", "z", "a", "c")
r[#r + 1] = try("ZREMRANGEBYLEX", "z", "-", "(c")
redis.call("ZADD", "y", 1, "one", 2, "two", 3, "three", "-0", "zero")
r[#r + 1] = try("ZSCORE", "y", "zero")
r[#r + 1] = try("ZADD", "y", "1e400", "big")
r[#r + 1] = try("ZREVRANGEBYSCORE", "y", "+inf", "(0", "WITHSCORES", "LIMIT", 1, 1)
r[#r + 1] = try("ZRANGE", "y", 0, 1, "LIMIT", 0, 1)
r[#r + 1] = try("ZRANGE", "y", 0, -1, "REV", "REV")
local scores = redis.call("ZMSCORE", "y", "two", "none", "three")
r[#r + 1] = tostring(scores[1]) .. " " .. tostring(scores[2]) .. " " .. tostring(scores[3])
r[#r + 1] = try("ZRANGESTORE", "dst", "y", "(1", "+inf", "BYSCORE")
r[#r + 1] = try("ZRANGE", "dst", 0, -1, "WITHSCORES")
r[#r + 1] = try("ZREMRANGEBYRANK", "y", 0, 0)
r[#r + 1] = try("ZREMRANGEBYSCORE", "y", "(2", 3)
redis.setresp(3)
r[#r + 1] = redis.call("ZRANGE", "dst", 0, -1, "WITHSCORES")[1][2].double
return r
