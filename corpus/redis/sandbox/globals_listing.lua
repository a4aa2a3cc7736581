-- @profile: redis
-- @engines: ferrous,redis
-- Every global a script sees.
local names = {}
for name in pairs(_G) do names[#names + 1] = name end
table.sort(names)
return names
