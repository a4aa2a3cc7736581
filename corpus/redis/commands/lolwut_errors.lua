-- @profile: redis
-- LOLWUT's argument errors, word for word: the version and each version's own integers.
local errors = {}
for _, args in ipairs({
  { "LOLWUT", "VERSION", "x" },
  { "LOLWUT", "VERSION", "5", "x" },
  { "LOLWUT", "VERSION", "5", "1", "1", "x" },
  { "LOLWUT", "VERSION", "6", "1", "x" },
}) do
  errors[#errors + 1] = redis.pcall(unpack(args)).err
end
return redis.error_reply(table.concat(errors, " | "))
