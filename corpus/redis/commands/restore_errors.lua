-- @profile: redis
-- @data: SET k v ; RPUSH l a
-- RESTORE's checks in Redis's order (options, busy key, TTL, version and checksum, data
-- format) and their error texts, IDLETIME/FREQ rules, REPLACE, TTLs relative and absolute
-- (one already past creates nothing and deletes what REPLACE replaced), RESTORE-ASKING.
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
local good = "\000\011hello world\010\000\011\252I\185\166\199\1604"
local bad_checksum = "\000\011hello world\010\000\011\252I\185\166\199\1605"
local newer = "\000\011hello world\011\000\011\252I\185\166\199\1604"
local unknown_type = "\008\001a\010\000\036\133N\030\128\060\0037"
local empty_list = "\018\000\010\000i\246\132\091j\027\191W"
local duplicate_member = "\002\002\001a\001a\010\000W\190v\047\194\214R\058"
local truncated = "\000\063a\010\000\020\143\133\238\034fl\194"
local r = {}
r[#r + 1] = p("RESTORE", "k", "0", good)
r[#r + 1] = p("RESTORE", "k", "-1", good)
r[#r + 1] = p("RESTORE", "n", "-1", good)
r[#r + 1] = p("RESTORE", "n", "x", good)
r[#r + 1] = p("RESTORE", "k", "0", "junk", "BOGUS")
r[#r + 1] = p("RESTORE", "n", "0", good, "IDLETIME")
r[#r + 1] = p("RESTORE", "n", "0", good, "IDLETIME", "-1")
r[#r + 1] = p("RESTORE", "n", "0", good, "IDLETIME", "1.5")
r[#r + 1] = p("RESTORE", "n", "0", good, "FREQ", "256")
r[#r + 1] = p("RESTORE", "n", "0", good, "FREQ", "-1")
r[#r + 1] = p("RESTORE", "n", "0", good, "IDLETIME", "5", "FREQ", "5")
r[#r + 1] = p("RESTORE", "n", "0", good, "FREQ", "5", "IDLETIME", "5")
r[#r + 1] = p("RESTORE", "n", "0", "")
r[#r + 1] = p("RESTORE", "n", "0", bad_checksum)
r[#r + 1] = p("RESTORE", "n", "0", newer)
r[#r + 1] = p("RESTORE", "n", "0", unknown_type)
r[#r + 1] = p("RESTORE", "n", "0", empty_list)
r[#r + 1] = p("RESTORE", "n", "0", duplicate_member)
r[#r + 1] = p("RESTORE", "n", "0", truncated)
r[#r + 1] = p("EXISTS", "n")
r[#r + 1] = p("RESTORE", "l", "0", good, "replace", "idletime", "100")
r[#r + 1] = p("GET", "l")
r[#r + 1] = p("RESTORE", "t", "100000", good, "FREQ", "0")
r[#r + 1] = p("TTL", "t")
r[#r + 1] = p("RESTORE", "gone", "1000", good, "ABSTTL")
r[#r + 1] = p("EXISTS", "gone")
r[#r + 1] = p("RESTORE", "k", "1", good, "ABSTTL", "REPLACE")
r[#r + 1] = p("EXISTS", "k")
r[#r + 1] = p("RESTORE-ASKING", "a", "0", good)
r[#r + 1] = p("RESTORE-ASKING", "a", "0", good)
r[#r + 1] = p("GET", "a")
return r
