-- @profile: redis
-- @data: XADD s 1-1 n 1 ; XADD s 2-1 n 2 ; XADD s 3-1 n 3
-- XSETID moves the last id; smaller ids and bad options are refused.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XSETID", "s", "5-0")
r[#r + 1] = p("XINFO", "STREAM", "s")
r[#r + 1] = p("XADD", "s", "5-0", "n", "5")
r[#r + 1] = p("XSETID", "s", "1-0")
r[#r + 1] = p("XSETID", "s", "9-0", "ENTRIESADDED", "1")
r[#r + 1] = p("XSETID", "s", "9-0", "ENTRIESADDED", "10", "MAXDELETEDID", "2-0")
r[#r + 1] = p("XINFO", "STREAM", "s")
r[#r + 1] = p("XSETID", "s", "9-0", "MAXDELETEDID", "10-0")
r[#r + 1] = p("XSETID", "none", "1-0")
r[#r + 1] = p("XSETID", "s", "9-0", "FOO", "1")
r[#r + 1] = p("XSETID", "s", "9-0", "ENTRIESADDED", "-1")
return r
