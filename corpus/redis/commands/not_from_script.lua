-- @profile: redis
-- Commands and subcommands flagged noscript are refused to scripts, after the lookup and the
-- arity check; their siblings without the flag run.
local results = {}
local calls = {
  { "config", "get", "maxmemory" }, { "config" }, { "config", "bogus" }, { "client", "id" },
  { "blpop", "k", "0" }, { "blpop", "k" }, { "multi" }, { "watch", "k" }, { "script", "flush" },
  { "function", "list" }, { "subscribe", "c" }, { "eval", "return 1", "0" }, { "save" },
  { "debug", "sleep", "0" }, { "object", "help" }, { "object", "nosuch", "k" },
}
for _, call in ipairs(calls) do
  local reply = redis.pcall(unpack(call))
  results[#results + 1] = type(reply) == "table" and (reply.err or #reply) or reply
end
return results
