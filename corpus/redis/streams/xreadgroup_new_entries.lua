-- @profile: redis
-- @data: XADD s 1-1 n 1 ; XADD s 2-1 n 2 ; XADD s 3-1 n 3
-- XREADGROUP > delivers new entries once and moves the group on.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XGROUP", "CREATE", "s", "g", "0")
r[#r + 1] = p("XREADGROUP", "GROUP", "g", "alice", "COUNT", "2", "STREAMS", "s", ">")
r[#r + 1] = p("XREADGROUP", "GROUP", "g", "bob", "STREAMS", "s", ">")
r[#r + 1] = p("XREADGROUP", "GROUP", "g", "bob", "STREAMS", "s", ">")
r[#r + 1] = p("XADD", "s", "4-1", "n", "4")
r[#r + 1] = p("XREADGROUP", "GROUP", "g", "alice", "STREAMS", "s", ">")
r[#r + 1] = p("XINFO", "GROUPS", "s")
r[#r + 1] = p("XPENDING", "s", "g")
return r
