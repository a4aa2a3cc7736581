-- @profile: redis
-- @data: XADD s 1-1 n 1 ; XADD s 2-1 n 2 ; XADD s 3-1 n 3 ; XGROUP CREATE s g 0
-- XCLAIM drops deleted entries from the pending list; FORCE claims unread ones.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XREADGROUP", "GROUP", "g", "alice", "COUNT", 2, "STREAMS", "s", ">")
r[#r + 1] = p("XDEL", "s", "1-1")
local function pending(...) local rows = redis.call("XPENDING", ...) local out = {} for i, row in ipairs(rows) do out[i] = {row[1], row[2], row[4]} end return out end
r[#r + 1] = p("XCLAIM", "s", "g", "bob", 0, "1-1", "2-1")
r[#r + 1] = pending("s", "g", "-", "+", 10)
r[#r + 1] = p("XCLAIM", "s", "g", "bob", 0, "3-1", "FORCE")
r[#r + 1] = pending("s", "g", "-", "+", 10)
r[#r + 1] = p("XCLAIM", "s", "g", "bob", 0, "3-1", "LASTID", "5-0")
r[#r + 1] = p("XINFO", "GROUPS", "s")
return r
