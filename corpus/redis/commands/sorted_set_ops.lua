-- @profile: redis
-- ZUNION/ZINTER/ZDIFF with WEIGHTS and AGGREGATE (plain sets count with score 1), their STORE
-- forms, ZINTERCARD, ZPOPMIN/ZPOPMAX, ZMPOP and BZMPOP, in RESP2 and RESP3.
local r = {}
-- Nil replies become a marker: they would stay holes in the result tables.
local function try(...)
  local v = redis.pcall(...)
  if v == false then return "(nil)" end
  return type(v) == "table" and (v.err or v) or v
end
redis.call("ZADD", "a", 1, "x", 2, "y", 3, "z")
redis.call("ZADD", "b", 10, "y", 20, "z", 30, "w")
redis.call("SADD", "s", "x", "w")
r[#r + 1] = try("ZUNION", 2, "a", "b", "WITHSCORES")
r[#r + 1] = try("ZINTER", 2, "a", "b", "WEIGHTS", 2, 0.5, "AGGREGATE", "MAX", "WITHSCORES")
r[#r + 1] = try("ZDIFF", 2, "a", "b")
r[#r + 1] = try("ZUNIONSTORE", "u", 3, "a", "b", "s", "AGGREGATE", "MIN")
r[#r + 1] = try("ZRANGE", "u", 0, -1, "WITHSCORES")
r[#r + 1] = try("ZINTERSTORE", "i", 0, "a")
r[#r + 1] = try("ZINTERSTORE", "i", 2, "a", "b", "WEIGHTS", 1, "x")
r[#r + 1] = try("ZINTERCARD", 2, "a", "b", "LIMIT", 1)
r[#r + 1] = try("ZPOPMIN", "a")
r[#r + 1] = try("ZPOPMAX", "b", 2)
r[#r + 1] = try("ZMPOP", 2, "none", "a", "MIN", "COUNT", 5)
r[#r + 1] = try("BZMPOP", 0, 1, "b", "MAX")
r[#r + 1] = try("BZMPOP", "x", 1, "b", "MAX")
redis.call("ZADD", "c", 1.5, "p", 2.5, "q")
redis.setresp(3)
local popped = redis.call("ZPOPMIN", "c", 1)
r[#r + 1] = popped[1][1] .. " " .. popped[1][2].double
local merged = redis.call("ZUNION", 1, "c", "WITHSCORES")
r[#r + 1] = merged[1][1] .. " " .. merged[1][2].double
return r
