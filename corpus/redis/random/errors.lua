-- @profile: redis
-- Argument errors of math.random and math.randomseed.
math.randomseed(1)
local results = {}
for _, args in ipairs({{0}, {5, 1}, {"x"}}) do
  local ok, message = pcall(math.random, unpack(args))
  results[#results + 1] = tostring(ok) .. " " .. tostring(message)
end
local ok, message = pcall(math.randomseed, {})
results[#results + 1] = tostring(ok) .. " " .. message
return results
