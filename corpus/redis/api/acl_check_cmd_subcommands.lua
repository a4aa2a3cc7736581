-- @profile: redis
-- redis.acl_check_cmd looks commands up as Redis does: subcommands by their second word (of
-- any case), a `container|sub` spelling is no command, and a container alone is a command.
local results = {}
for _, args in ipairs({
  { "command", "getkeys" },
  { "COMMAND", "Docs", "get" },
  { "command" },
  { "command", "nosuch" },
  { "config|get", "x" },
  { "object|encoding" },
  { "get|x" },
}) do
  local ok, answer = pcall(redis.acl_check_cmd, unpack(args))
  results[#results + 1] = tostring(ok) .. " " .. tostring(answer)
end
return results
