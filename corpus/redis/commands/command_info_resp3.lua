-- @profile: redis
-- COMMAND INFO under RESP3: flags, ACL categories, tips and key specs are sets, each key spec a
-- map with nested begin_search/find_keys maps; an unknown name is null. Tables are shown with
-- sorted keys, since sets and maps become Lua hash tables.
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
redis.setresp(3)
local results = {}
for _, entry in ipairs(redis.call("COMMAND", "INFO", "get", "sort", "eval", "xreadgroup", "keys", "object|freq", "spublish")) do
  results[#results + 1] = show(entry)
end
results[#results + 1] = tostring(redis.call("COMMAND", "INFO", "nosuch")[1])
return results
