-- @profile: redis
-- COMMAND INFO under RESP2: name, arity, flags, legacy key positions, ACL categories, tips, key
-- specs (index/keyword begin_search, range/keynum/unknown find_keys, notes) and subcommands;
-- unknown names (and `get|x`, `config|`, deeper levels) give nil. Subcommands come in Redis's
-- hash-table order, so the case sorts them.
local function show(value)
  if type(value) ~= "table" then
    return tostring(value)
  end
  local parts = {}
  for k, v in pairs(value) do
    parts[#parts + 1] = show(k) .. "=" .. show(v)
  end
  table.sort(parts)
  return "{" .. table.concat(parts, ",") .. "}"
end
local results = {}
local info = redis.call("COMMAND", "INFO", "get", "XREAD", "sort", "eval", "nosuch", "Config|Get",
  "get|x", "config|", "a|b|c", "set", "lmpop", "keys")
for i = 1, 12 do
  results[#results + 1] = show(info[i])
end
local object = redis.call("COMMAND", "INFO", "object")[1]
table.sort(object[10], function(a, b) return a[1] < b[1] end)
results[#results + 1] = show(object)
return results
