-- @profile: redis
-- COMMAND, COMMAND INFO and COMMAND DOCS without names: every top-level command, in Redis's
-- hash-table order (the case sorts by name); each entry agrees with COMMAND INFO of its name.
local names = {}
for _, entry in ipairs(redis.call("COMMAND")) do
  names[#names + 1] = entry[1] .. "/" .. entry[2] .. "/" .. #entry[3] .. "/" .. #entry[7]
end
table.sort(names)
local info = redis.call("COMMAND", "INFO")
local docs = redis.call("COMMAND", "DOCS")
local documented = {}
for i = 1, #docs, 2 do
  documented[#documented + 1] = docs[i] .. "/" .. #docs[i + 1]
end
table.sort(documented)
return { #info, table.concat(names, " "), #docs / 2, table.concat(documented, " ") }
