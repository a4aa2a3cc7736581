-- @profile: redis
-- @engines: ferrous,redis
-- struct.pack with too few values: lstruct's separator makes the missing value a nil.
local results = {}
for _, format in ipairs({ "i", "d", "s", "c" }) do
  local ok, err = pcall(struct.pack, format)
  results[#results + 1] = tostring(ok) .. " " .. err
end
local ok, err = pcall(struct.pack, "ii", 1)
results[#results + 1] = tostring(ok) .. " " .. err
return results
