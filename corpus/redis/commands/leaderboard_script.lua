-- @profile: redis
-- A leaderboard: ZINCRBY scores then read the top entries.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
for _, name in ipairs({"ann", "bob", "cid", "ann", "bob", "ann"}) do redis.call("ZINCRBY", "board", 10, name) end
r[#r + 1] = p("ZREVRANGE", "board", 0, 1, "WITHSCORES")
r[#r + 1] = p("ZRANK", "board", "cid")
return r
