-- @profile: redis
-- @keys: k1
-- Redis 7 refuses writes to existing globals and library fields too, while reads, rawget,
-- next and pairs see the tables as they are.
local function attempt(f)
  local ok, message = pcall(f)
  return tostring(ok) .. " " .. tostring(message)
end
-- (_G itself is not counted: the reference has no bit, cjson, cmsgpack or struct.)
local strings = 0
for _ in pairs(string) do strings = strings + 1 end
KEYS[1] = "changed"
return {
  attempt(function() tostring = nil end),
  attempt(function() _G.tostring = 1 end),
  attempt(function() string.len = nil end),
  attempt(function() KEYS = {} end),
  attempt(function() rawset(_G, "x", 1) end),
  attempt(function() setmetatable(string, {}) end),
  attempt(function() loadstring("tostring = nil")() end),
  attempt(function() return next(_G, "no such key") end),
  attempt(function() return rawget() end),
  attempt(function() return pairs() end),
  type(rawget(_G, "tostring")), type(rawget(string, "len")), type(next(math)),
  tostring(pairs({}) == next), tostring(getmetatable("").__index == string),
  tostring(_G._G == _G), tostring(("x"):rep(2)), KEYS[1], strings,
}
