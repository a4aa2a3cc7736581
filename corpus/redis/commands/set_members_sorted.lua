-- @profile: redis
-- SMEMBERS of text members, sorted in the script (hash order differs).
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
redis.call("SADD", "s", "pear", "apple", "fig")
local members = redis.call("SMEMBERS", "s")
table.sort(members)
r[#r + 1] = members
r[#r + 1] = p("SCARD", "s")
return r
