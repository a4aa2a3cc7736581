-- @profile: redis
-- LPOS options, LINSERT, LMOVE and RPOPLPUSH (a list rotating onto itself), LMPOP and the
-- non-blocking BLMPOP of scripts.
local r = {}
-- Nil replies become a marker: they would stay holes in the result tables.
local function try(...)
  local v = redis.pcall(...)
  if v == false then return "(nil)" end
  return type(v) == "table" and (v.err or v) or v
end
redis.call("RPUSH", "l", "a", "b", "c", "a", "b", "c")
r[#r + 1] = try("LPOS", "l", "b")
r[#r + 1] = try("LPOS", "l", "b", "RANK", -1)
r[#r + 1] = try("LPOS", "l", "c", "COUNT", 0, "MAXLEN", 5)
r[#r + 1] = try("LPOS", "l", "c", "RANK", 0)
r[#r + 1] = try("LINSERT", "l", "BEFORE", "c", "X")
r[#r + 1] = try("LINSERT", "l", "AFTER", "zz", "Y")
r[#r + 1] = try("LMOVE", "l", "l", "LEFT", "RIGHT")
r[#r + 1] = try("RPOPLPUSH", "l", "other")
r[#r + 1] = try("LMPOP", 2, "none", "l", "RIGHT", "COUNT", 2)
r[#r + 1] = try("LMPOP", 0, "l", "LEFT")
r[#r + 1] = try("BLMPOP", 0, 1, "none", "LEFT")
r[#r + 1] = try("BLMPOP", -1, 1, "l", "LEFT")
r[#r + 1] = try("BLMPOP", 1, 1, "other", "LEFT")
r[#r + 1] = try("BLPOP", "l", 0)
return { r, redis.call("LRANGE", "l", 0, -1) }
