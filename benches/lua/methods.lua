-- Method calls through metatables (a small class system).
local Point = {}
Point.__index = Point
function Point.new(x, y) return setmetatable({x = x, y = y}, Point) end
function Point:add(o) return Point.new(self.x + o.x, self.y + o.y) end
function Point:norm2() return self.x * self.x + self.y * self.y end
local acc = Point.new(0, 0)
local step = Point.new(1, 2)
local total = 0
for i = 1, 300000 do acc = acc:add(step); total = total + acc:norm2() % 13 end
print(acc.x, acc.y, total)
