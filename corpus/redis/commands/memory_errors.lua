-- @profile: redis
-- MEMORY's argument errors and a missing key, word for word.
-- @data: SET s hello
local results = {}
for _, args in ipairs({
  { "MEMORY", "USAGE", "s", "SAMPLES", "x" },
  { "MEMORY", "USAGE", "s", "SAMPLES", "-1" },
  { "MEMORY", "USAGE", "s", "SAMPLES" },
  { "MEMORY", "USAGE", "missing", "bogus", "1" },
  { "MEMORY", "USAGE" },
  { "MEMORY", "DOCTOR", "x" },
  { "MEMORY", "PURGE", "x" },
  { "MEMORY", "nosuch" },
}) do
  results[#results + 1] = redis.pcall(unpack(args)).err
end
results[#results + 1] = tostring(redis.call("MEMORY", "USAGE", "missing", "SAMPLES", "5"))
return redis.error_reply(table.concat(results, " | "))
