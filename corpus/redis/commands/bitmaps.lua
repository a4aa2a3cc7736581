-- @profile: redis
-- SETBIT/GETBIT, BITCOUNT and BITPOS with BYTE and BIT ranges, BITOP, BITFIELD overflow modes
-- and BITFIELD_RO.
local r = {}
-- Nil replies become a marker: they would stay holes in the result tables.
local function try(...)
  local v = redis.pcall(...)
  if v == false then return "(nil)" end
  return type(v) == "table" and (v.err or v) or v
end
r[#r + 1] = try("SETBIT", "b", 9, 1)
r[#r + 1] = try("SETBIT", "b", 9, 0)
r[#r + 1] = try("SETBIT", "b", 1, 2)
r[#r + 1] = try("GETBIT", "b", 1000)
redis.call("SET", "s", "foobar")
r[#r + 1] = try("BITCOUNT", "s")
r[#r + 1] = try("BITCOUNT", "s", 1, 1)
r[#r + 1] = try("BITCOUNT", "s", 5, 30, "BIT")
r[#r + 1] = try("BITCOUNT", "s", 0)
r[#r + 1] = try("BITPOS", "s", 0)
r[#r + 1] = try("BITPOS", "s", 1, 2, -1, "BYTE")
r[#r + 1] = try("BITPOS", "s", 0, 7, 15, "BIT")
r[#r + 1] = try("BITPOS", "s", 2)
r[#r + 1] = try("BITOP", "XOR", "x", "s", "b")
r[#r + 1] = try("BITOP", "NOT", "x", "s", "b")
r[#r + 1] = try("GET", "x")
local f = redis.call("BITFIELD", "f", "SET", "i8", 0, 100, "INCRBY", "i8", 0, 100,
  "OVERFLOW", "SAT", "INCRBY", "i8", 0, 100, "OVERFLOW", "FAIL", "INCRBY", "u4", "#3", 30)
r[#r + 1] = f
r[#r + 1] = try("BITFIELD_RO", "f", "GET", "u8", 0, "GET", "i4", 4)
r[#r + 1] = try("BITFIELD_RO", "f", "INCRBY", "u8", 0, 1)
r[#r + 1] = try("BITFIELD", "f", "GET", "u64", 0)
return r
