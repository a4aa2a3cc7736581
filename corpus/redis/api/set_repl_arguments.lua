-- @profile: redis
-- redis.set_repl: Redis says "requires two arguments." for a wrong count, and reads the flags
-- with lua_tointeger (not a number: 0, fractions truncated).
local results = {}
for _, call in ipairs({
  function() return redis.set_repl() end,
  function() return redis.set_repl(1, 2) end,
  function() return redis.set_repl(7) end,
  function() return redis.set_repl(-1) end,
  function() return redis.set_repl("x") end,
  function() return redis.set_repl("2") end,
  function() return redis.set_repl(redis.REPL_ALL) end,
  function() return redis.set_repl(2.5) end,
  function() return redis.set_repl(nil) end,
  function() return redis.set_repl(3.5) end,
  function() return redis.set_repl(-0.5) end,
}) do
  local ok, message = pcall(call)
  results[#results + 1] = tostring(ok) .. " " .. tostring(message)
end
return results
