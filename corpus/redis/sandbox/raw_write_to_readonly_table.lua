-- @profile: redis
-- table.insert writes with lua_rawseti, which Redis 7 checks against its read-only flag inside
-- Lua's core. The reference's proxies cannot see a raw write by a C function (listed in
-- known-divergences.json).
local ok, message = pcall(table.insert, string, "x")
return { tostring(ok), tostring(message) }
