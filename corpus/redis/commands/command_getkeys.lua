-- @profile: redis
-- COMMAND GETKEYS and GETKEYSANDFLAGS: keys found through the key specs (index, keyword
-- searched forwards and backwards, range with limit, keynum), through Redis's own finders when
-- the specs cannot say (SORT, SET ... GET, BITFIELD, a numkeys string2ll refuses but atoi
-- reads), and Redis's errors (unknown command, no key arguments, wrong arity, no keys found).
local results = {}
local function attempt(...)
  local reply = redis.pcall("COMMAND", ...)
  if type(reply) == "table" and reply.err then
    results[#results + 1] = reply.err
    return
  end
  local shown = {}
  for _, entry in ipairs(reply) do
    if type(entry) == "table" then
      -- The flags are status replies: {ok = "RW"}.
      local flags = {}
      for i, flag in ipairs(entry[2]) do
        flags[i] = flag.ok
      end
      shown[#shown + 1] = entry[1] .. ":" .. table.concat(flags, ",")
    else
      shown[#shown + 1] = entry
    end
  end
  results[#results + 1] = "[" .. table.concat(shown, " ") .. "]"
end
for _, sub in ipairs({ "GETKEYS", "getkeysandflags" }) do
  attempt(sub, "get", "k")
  attempt(sub, "MSET", "a", "1", "b", "2")
  attempt(sub, "xread", "COUNT", "2", "STREAMS", "s1", "s2", "0", "0")
  attempt(sub, "xreadgroup", "GROUP", "g", "c", "streams", "s", ">")
  attempt(sub, "eval", "return 1", "2", "k1", "k2", "a")
  attempt(sub, "eval", "return 1", "0")
  attempt(sub, "eval", "return 1", "x")
  attempt(sub, "zunionstore", "d", "2", "a", "b", "WEIGHTS", "1", "2")
  attempt(sub, "zunionstore", "d", "2a", "a", "b")
  attempt(sub, "zunion", "0", "a")
  attempt(sub, "zunion", "5", "a")
  attempt(sub, "sort", "k", "BY", "w_*", "GET", "#", "STORE", "d")
  attempt(sub, "sort_ro", "k", "BY", "w_*")
  attempt(sub, "set", "k", "v", "GET")
  attempt(sub, "set", "k", "v", "EX", "10")
  attempt(sub, "bitfield", "k", "GET", "u8", "0")
  attempt(sub, "bitfield", "k", "INCRBY", "u8", "0", "1")
  attempt(sub, "georadius", "g", "0", "0", "1", "km", "STORE", "d")
  attempt(sub, "lmove", "a", "b", "LEFT", "RIGHT")
  attempt(sub, "lmpop", "2", "a", "b", "LEFT")
  attempt(sub, "blmpop", "0", "1", "a", "LEFT")
  attempt(sub, "object", "encoding", "k")
  attempt(sub, "migrate", "h", "1", "", "0", "5", "COPY", "KEYS", "a", "b")
  attempt(sub, "fcall", "f", "1", "k", "a")
  attempt(sub, "nosuch", "k")
  attempt(sub, "config|get", "k")
  attempt(sub, "config", "nosuch")
  attempt(sub, "ping", "x")
  attempt(sub, "spublish", "c", "m")
  attempt(sub, "get", "a", "b")
  attempt(sub, "object", "encoding")
  attempt(sub, "xread", "STREAMS", "s")
end
redis.setresp(3)
local flagged = redis.call("COMMAND", "GETKEYSANDFLAGS", "lmove", "a", "b", "LEFT", "RIGHT")
for _, entry in ipairs(flagged) do
  local flags = {}
  for flag in pairs(entry[2].set) do
    flags[#flags + 1] = flag.ok
  end
  table.sort(flags)
  results[#results + 1] = entry[1] .. " " .. table.concat(flags, ",")
end
return results
