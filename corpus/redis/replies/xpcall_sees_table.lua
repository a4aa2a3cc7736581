-- @profile: redis
-- An xpcall handler receives redis.call's raw error table.
local function handler(e)
  local fields = {}
  for k, v in pairs(e) do fields[#fields + 1] = k .. "=" .. tostring(v) end
  table.sort(fields)
  return fields
end
local ok, fields = xpcall(function() return redis.call("LPUSH") end, handler)
return {tostring(ok), fields}
