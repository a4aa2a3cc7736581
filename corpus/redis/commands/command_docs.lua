-- @profile: redis
-- COMMAND DOCS under RESP2 and RESP3: summary, since, group, complexity, doc_flags,
-- deprecated_since, replaced_by, history and nested arguments (key_spec_index, token, flags,
-- oneof/block), subcommands of containers; unknown names are left out of the map.
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
local flat = redis.call("COMMAND", "DOCS", "get", "nosuch", "zadd", "CONFIG|get", "georadius", "xadd")
results[#results + 1] = #flat
for i = 1, #flat do
  results[#results + 1] = show(flat[i])
end
redis.setresp(3)
local docs = redis.call("COMMAND", "DOCS", "zadd", "georadius", "restore", "migrate", "client|kill").map
for _, name in ipairs({ "zadd", "georadius", "restore", "migrate", "client|kill" }) do
  results[#results + 1] = name .. " " .. show(docs[name])
end
local object = redis.call("COMMAND", "DOCS", "object").map.object.map
results[#results + 1] = show(object)
return results
