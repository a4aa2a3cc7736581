-- @profile: redis
-- SELECT switches the script's database among Redis's 16; MOVE, COPY ... DB, SWAPDB,
-- FLUSHDB and FLUSHALL act across them, INFO keyspace lists each one that holds keys.
local r = {}
local function add(...) for _, v in ipairs({...}) do r[#r + 1] = v end end
local function try(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then return "error: " .. reply.err end
  return reply
end
add(redis.call("SET", "a", "zero"), redis.call("SELECT", 1), redis.call("SET", "a", "one"))
add(redis.call("SET", "b", "one"), redis.call("PEXPIRE", "b", 100000), redis.call("DBSIZE"))
add(redis.call("SELECT", "0"), redis.call("GET", "a"), redis.call("DBSIZE"))
add(redis.call("INFO", "keyspace"))
add(try("SELECT", 16), try("SELECT", -1), try("SELECT", "x"), try("SELECT", "1.5"))
add(try("MOVE", "a", 0), try("MOVE", "a", 1), try("MOVE", "nokey", 2), try("MOVE", "a", 16), try("MOVE", "a", "x"))
redis.call("SET", "m", "moving")
redis.call("PEXPIRE", "m", 50000)
add(redis.call("MOVE", "m", 2), redis.call("EXISTS", "m"), redis.call("SELECT", 2), redis.call("GET", "m"), redis.call("PTTL", "m") > 0 and "ttl kept" or "ttl lost")
add(try("COPY", "m", "m"), try("COPY", "m", "m", "DB", 2), redis.call("COPY", "m", "m", "DB", 3), redis.call("COPY", "m", "m", "DB", 3))
add(redis.call("COPY", "m", "m", "DB", 3, "REPLACE"), try("COPY", "m", "c", "DB", 99))
add(redis.call("SWAPDB", 0, 2), redis.call("GET", "m"), redis.call("GET", "a"), redis.call("SELECT", 0), redis.call("GET", "m"))
add(try("SWAPDB", 0, 16), try("SWAPDB", "x", 1), try("SWAPDB", 1, "y"), redis.call("SWAPDB", 5, 5))
add(redis.call("SELECT", 1), redis.call("FLUSHDB"), redis.call("DBSIZE"), redis.call("SELECT", 3), redis.call("DBSIZE"))
add(redis.call("INFO", "keyspace"))
add(redis.call("FLUSHALL"), redis.call("DBSIZE"), redis.call("SELECT", 0), redis.call("DBSIZE"))
add(redis.call("SET", "left", "in db 0"))
return r
