-- Arithmetic metamethods: the left operand's handler wins, else the right one's.
local V = {}
V.__index = V
local function vec(x, y) return setmetatable({x = x, y = y}, V) end
local function show(v) return type(v) == "table" and "(" .. v.x .. "," .. v.y .. ")" or tostring(v) end
V.__add = function(a, b)
  if type(a) ~= "table" then return vec(a + b.x, a + b.y) end
  if type(b) ~= "table" then return vec(a.x + b, a.y + b) end
  return vec(a.x + b.x, a.y + b.y)
end
V.__sub = function(a, b) return vec(a.x - b.x, a.y - b.y) end
V.__mul = function(a, b)
  if type(a) == "number" then a, b = b, a end
  if type(b) == "number" then return vec(a.x * b, a.y * b) end
  return a.x * b.x + a.y * b.y
end
V.__div = function(a, b) return vec(a.x / b, a.y / b) end
V.__mod = function(a, b) return vec(a.x % b, a.y % b) end
V.__pow = function(a, b) return vec(a.x ^ b, a.y ^ b) end
local a, b = vec(1, 2), vec(3, 4)
print(show(a + b), show(a - b), a * b, show(a * 3), show(2 * b))
print(show(b / 2), show(b % 3), show(a ^ 2), show(1 + a), show(a + 1))
print(show("10" + a), show(a + "0.5"))
local tag = {}
local L = setmetatable({}, {__add = function() return "left handler" end})
local R = setmetatable({}, {__add = function() return "right handler" end})
print(L + R, R + L, L + 1, 1 + R, "x" + L)
print(pcall(function() return a + {} end))
print(pcall(function() return {} + {} end))
print(pcall(function() return tag * 2 end))
local args = setmetatable({}, {__sub = function(x, y) return type(x) .. "-" .. type(y) end})
print(args - 1, 1 - args, args - "s", "s" - args)
return show(a + b)
