-- @profile: redis
-- Library tables refuse new keys.
local results = {}
for _, t in ipairs({"string", "table", "math", "redis"}) do
  local ok, message = pcall(function() _G[t].extra = 1 end)
  results[#results + 1] = t .. ": " .. tostring(ok) .. " " .. message
end
return results
