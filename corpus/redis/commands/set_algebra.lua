-- @profile: redis
-- SINTER/SUNION/SDIFF and their STORE forms, SINTERCARD, SMOVE, SPOP and SRANDMEMBER where
-- the choice cannot matter (counts covering the whole set).
local r = {}
-- Nil replies become a marker: they would stay holes in the result tables.
local function try(...)
  local v = redis.pcall(...)
  if v == false then return "(nil)" end
  return type(v) == "table" and (v.err or v) or v
end
local function sorted(t) table.sort(t) return table.concat(t, ",") end
redis.call("SADD", "a", 1, 2, 3, 4)
redis.call("SADD", "b", 3, 4, 5)
r[#r + 1] = sorted(redis.call("SINTER", "a", "b"))
r[#r + 1] = sorted(redis.call("SUNION", "a", "b"))
r[#r + 1] = sorted(redis.call("SDIFF", "a", "b"))
r[#r + 1] = try("SINTERSTORE", "i", "a", "b")
r[#r + 1] = try("SDIFFSTORE", "d", "a", "a")
r[#r + 1] = try("EXISTS", "d")
r[#r + 1] = try("SINTERCARD", 2, "a", "b", "LIMIT", 1)
r[#r + 1] = try("SINTERCARD", 3, "a", "b")
r[#r + 1] = try("SMOVE", "a", "b", 1)
r[#r + 1] = try("SMOVE", "a", "b", 1)
r[#r + 1] = sorted(redis.call("SPOP", "i", 5))
r[#r + 1] = try("EXISTS", "i")
r[#r + 1] = #redis.call("SRANDMEMBER", "b", -7)
r[#r + 1] = try("SPOP", "a", -1)
-- In a script SORT orders a set even when BY names no key, so that the reply is deterministic.
r[#r + 1] = table.concat(redis.call("SORT", "b", "BY", "nosort", "DESC"), ",")
redis.call("SET", "str", "x")
r[#r + 1] = try("SUNION", "a", "str")
return r
