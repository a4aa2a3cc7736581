-- A generated chain of 30 nested functions; the innermost reads an upvalue from every level.
local depth = 30
local parts = {}
for i = 1, depth do
  parts[#parts + 1] = "local v" .. i .. " = " .. i .. " return function() "
end
local names = {}
for i = 1, depth do names[i] = "v" .. i end
parts[#parts + 1] = "v1 = v1 + 1 return " .. table.concat(names, " + ")
for i = 1, depth do parts[#parts + 1] = " end" end
local chunk = assert(loadstring(table.concat(parts)))
local function innermost()
  local f = chunk
  for i = 1, depth do f = f() end
  return f
end
local a = innermost()
print(a(), a(), a())
local b = innermost()
print(b(), a())
