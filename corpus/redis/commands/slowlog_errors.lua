-- @profile: redis
-- SLOWLOG's argument errors, word for word (returned as one error reply, which is compared
-- exactly even though SLOWLOG GET's replies are compared by shape).
local errors = {}
for _, args in ipairs({
  { "SLOWLOG", "GET", "x" },
  { "SLOWLOG", "GET", "-2" },
  { "SLOWLOG", "Get", "1", "2" },
  { "SLOWLOG", "LEN", "1" },
  { "SLOWLOG", "RESET", "1" },
  { "SLOWLOG", "nosuch" },
  { "SLOWLOG" },
}) do
  errors[#errors + 1] = redis.pcall(unpack(args)).err
end
return redis.error_reply(table.concat(errors, " | "))
