-- Compiler limits of Lua 5.1: locals per function, upvalues, and many constants.
local function locals_source(n)
  local names = {}
  for i = 1, n do names[i] = "v" .. i end
  return "local " .. table.concat(names, ", ") .. " return " .. n
end
print(loadstring(locals_source(199)) ~= nil)
print(select(2, loadstring(locals_source(199))))
print(loadstring(locals_source(200)) ~= nil)
print(loadstring(locals_source(201)))

local function upvalues_source(n)
  local decl, uses = {}, {}
  for i = 1, n do
    decl[#decl + 1] = "local u" .. i .. " = " .. i
    uses[#uses + 1] = "u" .. i
  end
  return table.concat(decl, "\n") .. "\nreturn function() return " .. table.concat(uses, " + ") .. " end"
end
local ok60 = loadstring(upvalues_source(60))
print(ok60 and ok60()())
print(loadstring(upvalues_source(61)))

-- more than 256 constants forces constants out of the RK range
local parts = {}
for i = 1, 300 do parts[i] = "t[" .. i .. "] = 'k" .. i .. "'" end
local big = assert(loadstring("local t = {} " .. table.concat(parts, " ") .. " return t"))
local t = big()
print(#t, t[1], t[256], t[257], t[300])
local sum = {}
for i = 1, 300 do sum[i] = tostring(i + 0.5) end
local f = assert(loadstring("return " .. table.concat(sum, " + ")))
print(f())
