-- @profile: redis
-- XADD id errors: 0-0, smaller ids, bad formats, exhausted streams.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XADD", "s", "0-0", "f", "v")
r[#r + 1] = p("XADD", "s", "0", "f", "v")
r[#r + 1] = p("XADD", "s", "0-*", "f", "v")
r[#r + 1] = p("XADD", "s", "5-5", "f", "v")
r[#r + 1] = p("XADD", "s", "5-5", "f", "v")
r[#r + 1] = p("XADD", "s", "5-4", "f", "v")
r[#r + 1] = p("XADD", "s", "4", "f", "v")
r[#r + 1] = p("XADD", "s", "abc", "f", "v")
r[#r + 1] = p("XADD", "s", "1-x", "f", "v")
r[#r + 1] = p("XADD", "s", "-1", "f", "v")
r[#r + 1] = p("XADD", "s", "+", "f", "v")
r[#r + 1] = p("XADD", "s", "-", "f", "v")
r[#r + 1] = p("XADD", "s", "18446744073709551616", "f", "v")
r[#r + 1] = p("XADD", "t", "18446744073709551615-18446744073709551615", "f", "v")
r[#r + 1] = p("XADD", "t", "18446744073709551615-*", "f", "v")
r[#r + 1] = p("XADD", "t", "*", "f", "v")
r[#r + 1] = p("EXISTS", "t")
r[#r + 1] = p("XLEN", "s")
return r
