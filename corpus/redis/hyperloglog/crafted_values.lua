-- @profile: redis
-- Hand-made HYLL strings: valid sparse, corrupted sparse, bad encodings.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("SET", "ok", "HYLL\1\0\0\0\0\0\0\0\0\0\0\128\127\255")
r[#r + 1] = p("PFCOUNT", "ok")
r[#r + 1] = p("PFADD", "ok", "a")
r[#r + 1] = p("PFCOUNT", "ok")
r[#r + 1] = p("SET", "short", "HYLL\1\0\0\0\0\0\0\0\0\0\0\128\127\254")
r[#r + 1] = p("PFCOUNT", "short")
r[#r + 1] = p("PFADD", "short", "a")
r[#r + 1] = p("SET", "enc", "HYLL\2\0\0\0\0\0\0\0\0\0\0\0")
r[#r + 1] = p("PFCOUNT", "enc")
r[#r + 1] = p("SET", "cached", "HYLL\1\0\0\0\42\0\0\0\0\0\0\0\127\255")
r[#r + 1] = p("PFCOUNT", "cached")
r[#r + 1] = p("PFCOUNT", "ok", "cached")
r[#r + 1] = p("PFMERGE", "m", "ok", "short")
return r
