-- @profile: redis
-- RESTORE of payloads redis-server 7.0.15 produced with DUMP (strings as text, integer and
-- LZF; a quicklist, listpack hash and sorted set, an intset) and of older RDB types Redis
-- still reads (a plain list, a text-scored sorted set, RDB version 9); the values read back.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  if type(reply) == "table" and reply.ok then
    return reply.ok
  end
  return reply
end
local payloads = {
  s = "\000\011hello world\010\000\011\252I\185\166\199\1604",
  i = "\000\193\199\207\010\000g\237\1626\180\219\038\208",
  lz = "\000\195\011\060\003abca\224\045\002\001bc\010\000o\096\041\228\175\215d\172",
  l = "\018\001\002\018\018\000\000\000\004\000\129a\002\001\001\129b\002\222\212\002\255\010\000X\062\031V\0219V\242",
  h = "\016\018\018\000\000\000\004\000\129f\002\129v\002\129n\002\005\001\255\010\000\132\144\147\159W\180\243\194",
  is = "\011\020\004\000\000\000\003\000\000\000\255\255\255\255\005\000\000\000p\017\001\000\010\000\239\218\184\251tDN\136",
  z = "\017\029\029\000\000\000\006\000\129c\002\132\045inf\005\129a\002\001\001\129b\002\1312\0465\004\255\010\0009\1463\155\225\0312\061",
  oldlist = "\001\002\001a\192\005\010\000G\163w\137\240\207\187\151",
  oldzset = "\003\002\001a\0031\0465\001b\254\010\000\005\237\007o\228\213\008\234",
  v9 = "\000\002hi\009\000\127\153\206\036\218\183x\165",
}
local r = {}
for _, key in ipairs({"s", "i", "lz", "l", "h", "is", "z", "oldlist", "oldzset", "v9"}) do
  r[#r + 1] = key .. " " .. tostring(p("RESTORE", key, "0", payloads[key]))
  r[#r + 1] = p("TYPE", key)
end
r[#r + 1] = p("GET", "s")
r[#r + 1] = p("INCR", "i")
r[#r + 1] = p("GET", "lz")
r[#r + 1] = p("LRANGE", "l", "0", "-1")
r[#r + 1] = p("HGETALL", "h")
r[#r + 1] = p("SORT", "is")
r[#r + 1] = p("ZRANGE", "z", "0", "-1", "WITHSCORES")
r[#r + 1] = p("LRANGE", "oldlist", "0", "-1")
r[#r + 1] = p("ZRANGE", "oldzset", "0", "-1", "WITHSCORES")
r[#r + 1] = p("GET", "v9")
-- Restored values are ordinary values: they change like any other.
r[#r + 1] = p("RPUSH", "l", "c")
r[#r + 1] = p("HSET", "h", "g", "w")
r[#r + 1] = p("SADD", "is", "x")
r[#r + 1] = p("ZADD", "z", "0", "d")
return r
