local function thrower(level) error("boom", level) end
local results = {}
for level = 0, 3 do
  local ok, message = pcall(thrower, level)
  results[#results + 1] = tostring(ok) .. ":" .. tostring(message)
end
print(select(2, pcall(error)))
print(xpcall(function() error("inner") end, function(m) return "handled: " .. m end))
return unpack(results)
