-- @profile: redis
-- SET and GET of empty, binary-looking and long values.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("SET", "k", "")
r[#r + 1] = p("GET", "k")
r[#r + 1] = p("STRLEN", "k")
r[#r + 1] = p("SET", "k", "a b c")
r[#r + 1] = p("GET", "k")
r[#r + 1] = p("SET", "k", "123")
r[#r + 1] = p("GET", "k")
r[#r + 1] = p("TYPE", "k")
r[#r + 1] = p("GET", "none")
return r
