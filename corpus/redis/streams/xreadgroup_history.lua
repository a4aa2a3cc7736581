-- @profile: redis
-- @data: XADD s 1-1 n 1 ; XADD s 2-1 n 2 ; XADD s 3-1 n 3
-- XREADGROUP with an id reads the consumer's pending entries; deleted ones come back empty.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XGROUP", "CREATE", "s", "g", "0")
r[#r + 1] = p("XREADGROUP", "GROUP", "g", "alice", "STREAMS", "s", ">")
r[#r + 1] = p("XREADGROUP", "GROUP", "g", "alice", "STREAMS", "s", "0")
r[#r + 1] = p("XREADGROUP", "GROUP", "g", "alice", "COUNT", "1", "STREAMS", "s", "1-1")
r[#r + 1] = p("XDEL", "s", "2-1")
r[#r + 1] = p("XREADGROUP", "GROUP", "g", "alice", "STREAMS", "s", "0")
r[#r + 1] = p("XREADGROUP", "GROUP", "g", "nobody", "STREAMS", "s", "0")
r[#r + 1] = p("XACK", "s", "g", "1-1", "2-1", "3-1")
r[#r + 1] = p("XREADGROUP", "GROUP", "g", "alice", "STREAMS", "s", "0")
return r
