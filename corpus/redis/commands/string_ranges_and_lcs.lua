-- @profile: redis
-- SETRANGE (zero padding, empty patches), SUBSTR, GETEX options and errors, LCS in all its
-- reply forms.
local r = {}
-- Nil replies become a marker: they would stay holes in the result tables.
local function try(...)
  local v = redis.pcall(...)
  if v == false then return "(nil)" end
  return type(v) == "table" and (v.err or v) or v
end
r[#r + 1] = try("SETRANGE", "s", 3, "abc")
r[#r + 1] = try("GET", "s")
r[#r + 1] = try("SETRANGE", "s", 0, "")
r[#r + 1] = try("SETRANGE", "missing", 5, "")
r[#r + 1] = try("SETRANGE", "s", -1, "x")
r[#r + 1] = try("SUBSTR", "s", 1, -2)
r[#r + 1] = try("GETEX", "s", "EX", 100)
r[#r + 1] = try("TTL", "s")
r[#r + 1] = try("GETEX", "s", "PERSIST")
r[#r + 1] = try("TTL", "s")
r[#r + 1] = try("GETEX", "s", "EX", 1, "PX", 1)
r[#r + 1] = try("GETEX", "s", "EX", 0)
r[#r + 1] = try("GETEX", "nope", "EX", 0)
redis.call("MSET", "a", "ohmytext", "b", "mynewtext")
r[#r + 1] = try("LCS", "a", "b")
r[#r + 1] = try("LCS", "a", "b", "LEN")
r[#r + 1] = try("LCS", "a", "b", "IDX", "MINMATCHLEN", 4, "WITHMATCHLEN")
r[#r + 1] = try("LCS", "a", "b", "IDX", "LEN")
redis.setresp(3)
local idx = redis.call("LCS", "a", "b", "IDX")
r[#r + 1] = idx.map.len
r[#r + 1] = #idx.map.matches
return r
