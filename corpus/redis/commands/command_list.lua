-- @profile: redis
-- COMMAND LIST with and without FILTERBY (ACLCAT case-insensitively, PATTERN against full
-- names with subcommands, MODULE with no module loaded, unknown categories), COMMAND COUNT,
-- and their syntax errors. Redis lists in hash-table order, so the case sorts.
local function sorted(list)
  table.sort(list)
  return table.concat(list, " ")
end
local results = {
  #redis.call("COMMAND", "LIST"),
  redis.call("COMMAND", "COUNT"),
  sorted(redis.call("COMMAND", "LIST", "FILTERBY", "ACLCAT", "HyperLogLog")),
  sorted(redis.call("COMMAND", "LIST", "filterby", "aclcat", "scripting")),
  #redis.call("COMMAND", "LIST", "FILTERBY", "ACLCAT", "read"),
  #redis.call("COMMAND", "LIST", "FILTERBY", "ACLCAT", "@read"),
  #redis.call("COMMAND", "LIST", "FILTERBY", "ACLCAT", "nosuch"),
  sorted(redis.call("COMMAND", "LIST", "FILTERBY", "PATTERN", "CONF*|g*")),
  sorted(redis.call("COMMAND", "LIST", "FILTERBY", "PATTERN", "x*")),
  sorted(redis.call("COMMAND", "LIST", "FILTERBY", "PATTERN", "*|help")),
  #redis.call("COMMAND", "LIST", "FILTERBY", "MODULE", "x"),
}
for _, args in ipairs({
  { "LIST", "x" },
  { "LIST", "FILTERBY", "x", "y" },
  { "LIST", "FILTERBY", "PATTERN" },
  { "LIST", "FILTERBY", "PATTERN", "a", "b" },
  { "COUNT", "x" },
}) do
  results[#results + 1] = redis.pcall("COMMAND", unpack(args)).err
end
return results
