-- @profile: redis
-- @data: XADD s 1-1 n 1 ; XADD s 2-1 n 2 ; XADD s 3-1 n 3 ; XGROUP CREATE s g 0
-- XAUTOCLAIM scans the pending list from an id, with COUNT and the next cursor.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XREADGROUP", "GROUP", "g", "alice", "STREAMS", "s", ">")
local function pending(...) local rows = redis.call("XPENDING", ...) local out = {} for i, row in ipairs(rows) do out[i] = {row[1], row[2], row[4]} end return out end
r[#r + 1] = p("XAUTOCLAIM", "s", "g", "bob", 0, "0", "COUNT", 1)
r[#r + 1] = p("XAUTOCLAIM", "s", "g", "bob", 0, "2-1", "COUNT", 1, "JUSTID")
r[#r + 1] = p("XAUTOCLAIM", "s", "g", "bob", 0, "(2-1")
r[#r + 1] = pending("s", "g", "-", "+", 10)
r[#r + 1] = p("XDEL", "s", "2-1")
r[#r + 1] = p("XAUTOCLAIM", "s", "g", "carol", 0, "-")
r[#r + 1] = p("XPENDING", "s", "g")
return r
