-- @profile: redis
-- @data: XADD s 1-1 n 1 ; XADD s 2-1 n 2 ; XADD s 3-1 n 3
-- XGROUP CREATE at an id, at $, with MKSTREAM, twice, on missing keys.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XGROUP", "CREATE", "s", "g", "0")
r[#r + 1] = p("XGROUP", "CREATE", "s", "g", "0")
r[#r + 1] = p("XGROUP", "CREATE", "s", "tail", "$")
r[#r + 1] = p("XGROUP", "CREATE", "none", "g", "0")
r[#r + 1] = p("XGROUP", "CREATE", "none", "g", "$", "MKSTREAM")
r[#r + 1] = p("TYPE", "none")
r[#r + 1] = p("XLEN", "none")
r[#r + 1] = p("XGROUP", "CREATE", "s", "bad", "x")
r[#r + 1] = p("XGROUP", "CREATE", "s", "bad", "-")
r[#r + 1] = p("XGROUP", "CREATE", "s", "opt", "0", "FOO")
r[#r + 1] = p("XGROUP", "CREATE", "s", "er", "0", "ENTRIESREAD", "-2")
r[#r + 1] = p("XGROUP", "CREATE", "s", "er", "0", "ENTRIESREAD", "2")
r[#r + 1] = p("XINFO", "GROUPS", "s")
return r
