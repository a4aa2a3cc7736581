-- @profile: redis
-- @data: SET s hello ; SET n 42 ; RPUSH l a 2 c ; HSET h f v g 7 ; SADD is 3 1 2
-- @data: ZADD z 1 a 2.5 b ; XADD x 1-1 f v n 1 ; XADD x 2-5 f w n 2 ; SET long "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
-- DUMP of a missing key is nil; the DUMP of every type restores to an equal value under
-- another name. The payloads travel in RESTORE's arguments, which traces compare byte for
-- byte, so only encodings whose DUMP is reproducible are here (not hash-table sets or hashes,
-- which Redis writes in a randomly seeded order).
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
local r = {}
r[#r + 1] = p("DUMP", "missing") == false
for _, key in ipairs({"s", "n", "long", "l", "h", "is", "z", "x"}) do
  local payload = p("DUMP", key)
  r[#r + 1] = p("RESTORE", key .. ":copy", "0", payload)
end
r[#r + 1] = p("GET", "s:copy")
r[#r + 1] = p("GET", "n:copy")
r[#r + 1] = p("GET", "long:copy")
r[#r + 1] = p("LRANGE", "l:copy", "0", "-1")
r[#r + 1] = p("HGETALL", "h:copy")
r[#r + 1] = p("SORT", "is:copy")
r[#r + 1] = p("ZRANGE", "z:copy", "0", "-1", "WITHSCORES")
r[#r + 1] = p("XRANGE", "x:copy", "-", "+")
return r
