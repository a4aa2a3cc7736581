-- @profile: redis
-- redis.acl_check_cmd: true for any command of Redis's table (subcommands included, arity not
-- checked), Redis's errors for unknown commands and bad arguments.
local results = {
  redis.acl_check_cmd("GET", "k"),
  redis.acl_check_cmd("get"),
  redis.acl_check_cmd("config", "get", "x"),
  redis.acl_check_cmd("CONFIG"),
  redis.acl_check_cmd("set", 1, 2),
}
for _, args in ipairs({ { "nosuch" }, { "config", "bogus" }, {}, { "get", {} }, { 1 } }) do
  local ok, err = pcall(redis.acl_check_cmd, unpack(args))
  results[#results + 1] = tostring(ok) .. " " .. tostring(err)
end
return results
