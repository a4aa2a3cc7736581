-- _G holds the globals; _VERSION names the language version.
print(_VERSION, type(_G), _G._G == _G)
new_global = 10
print(_G.new_global, _G["new_global"], rawget(_G, "new_global"))
_G.from_g = "assigned through _G"
print(from_g)
_G["with space"] = "odd name"
print(_G["with space"])
new_global = nil
print(rawget(_G, "new_global"))
local names = {"assert", "collectgarbage", "error", "getfenv", "getmetatable", "ipairs", "load",
  "loadstring", "next", "pairs", "pcall", "print", "rawequal", "rawget", "rawset", "select",
  "setfenv", "setmetatable", "tonumber", "tostring", "type", "unpack", "xpcall", "coroutine",
  "math", "string", "table"}
local missing = {}
for _, n in ipairs(names) do if _G[n] == nil then missing[#missing + 1] = n end end
print("missing:", #missing, table.concat(missing, ","))
local saved_print = print
_G.print = function(...) saved_print("[wrapped]", ...) end
print("through replaced print")
_G.print = saved_print
print("restored")
local mt_log = {}
setmetatable(_G, {__index = function(_, k) mt_log[#mt_log + 1] = k return nil end})
local _ = undefined_one, undefined_two
setmetatable(_G, nil)
print(table.concat(mt_log, ","))
