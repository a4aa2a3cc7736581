-- @profile: redis
-- KEYS with glob patterns, HSCAN of a small hash (complete in one call), COPY,
-- RENAMENX, TOUCH, EXPIREAT/EXPIRETIME, OBJECT, SORT with BY/GET/LIMIT/ALPHA/STORE, SELECT.
local r = {}
-- Nil replies become a marker: they would stay holes in the result tables.
local function try(...)
  local v = redis.pcall(...)
  if v == false then return "(nil)" end
  return type(v) == "table" and (v.err or v) or v
end
local function sorted(t) table.sort(t) return table.concat(t, ",") end
redis.call("MSET", "user:1", "ann", "user:2", "bob", "user:10", "cy", "w_1", 3, "w_2", 1, "w_10", 2)
redis.call("RPUSH", "ids", 1, 2, 10)
r[#r + 1] = sorted(redis.call("KEYS", "user:?"))
r[#r + 1] = sorted(redis.call("KEYS", "user:[^1]*"))
r[#r + 1] = sorted(redis.call("KEYS", "w_1*"))
redis.call("HSET", "h", "f1", "a", "f2", "b")
r[#r + 1] = try("HSCAN", "h", 0, "MATCH", "*2")
r[#r + 1] = try("SORT", "ids", "BY", "w_*", "GET", "user:*", "GET", "#")
r[#r + 1] = try("SORT", "ids", "DESC", "LIMIT", 0, 2)
r[#r + 1] = try("SORT", "ids", "ALPHA", "STORE", "sorted")
r[#r + 1] = try("LRANGE", "sorted", 0, -1)
r[#r + 1] = try("SORT_RO", "ids", "STORE", "x")
r[#r + 1] = try("COPY", "user:1", "copy")
r[#r + 1] = try("COPY", "user:1", "copy")
r[#r + 1] = try("RENAMENX", "copy", "user:2")
r[#r + 1] = try("TOUCH", "copy", "none", "h")
r[#r + 1] = try("EXPIREAT", "copy", 4102444800)
r[#r + 1] = try("EXPIRETIME", "copy")
r[#r + 1] = try("PERSIST", "copy")
r[#r + 1] = try("OBJECT", "ENCODING", "nosuch")
r[#r + 1] = try("OBJECT", "FREQ", "h")
r[#r + 1] = try("SELECT", 0)
r[#r + 1] = try("SELECT", 100)
return r
