-- @profile: redis
-- XTRIM MAXLEN and MINID, exact, on missing keys and with errors.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XADD", "s", "1", "a", "1")
r[#r + 1] = p("XADD", "s", "2", "b", "2")
r[#r + 1] = p("XADD", "s", "3", "c", "3")
r[#r + 1] = p("XADD", "s", "4", "d", "4")
r[#r + 1] = p("XTRIM", "s", "MAXLEN", "3")
r[#r + 1] = p("XTRIM", "s", "MAXLEN", "=", "3")
r[#r + 1] = p("XTRIM", "s", "MINID", "3")
r[#r + 1] = p("XRANGE", "s", "-", "+")
r[#r + 1] = p("XTRIM", "s", "MINID", "100")
r[#r + 1] = p("XLEN", "s")
r[#r + 1] = p("EXISTS", "s")
r[#r + 1] = p("XTRIM", "none", "MAXLEN", "1")
r[#r + 1] = p("XTRIM", "s")
r[#r + 1] = p("XTRIM", "s", "FOO", "1")
r[#r + 1] = p("XTRIM", "s", "MAXLEN", "1", "MAXLEN", "2")
r[#r + 1] = p("SET", "str", "x")
r[#r + 1] = p("XTRIM", "str", "MAXLEN", "1")
return r
