-- A small class system: constructors, inheritance, super calls, mixins, instanceof, tostring.
local function class(name, parent)
  local cls = {__name = name, super = parent}
  cls.__index = cls
  cls.__tostring = function(self)
    if self.describe then return self:describe() end
    return "instance of " .. name
  end
  setmetatable(cls, {
    __index = parent,
    __call = function(c, ...)
      local obj = setmetatable({}, c)
      if c.init then c.init(obj, ...) end
      return obj
    end,
    __tostring = function() return "class " .. name end,
  })
  return cls
end

local function is_instance(obj, cls)
  local c = getmetatable(obj)
  while c do
    if c == cls then return true end
    c = c.super
  end
  return false
end

local function include(cls, mixin)
  for k, v in pairs(mixin) do if cls[k] == nil then cls[k] = v end end
  return cls
end

local Shape = class("Shape")
function Shape:init(name) self.name = name; Shape.count = (Shape.count or 0) + 1 end
function Shape:area() return 0 end
function Shape:describe() return string.format("%s with area %.2f", self.name, self:area()) end

local Rect = class("Rect", Shape)
function Rect:init(w, h) Shape.init(self, "rect") self.w, self.h = w, h end
function Rect:area() return self.w * self.h end

local Square = class("Square", Rect)
function Square:init(side) Rect.init(self, side, side) self.name = "square" end

local Circle = class("Circle", Shape)
function Circle:init(r) self.super.init(self, "circle") self.r = r end
function Circle:area() return math.pi * self.r ^ 2 end

local Comparable = {
  less_than = function(a, b) return a:area() < b:area() end,
  same_size = function(a, b) return a:area() == b:area() end,
}
include(Shape, Comparable)

local shapes = {Rect(3, 4), Square(3), Circle(1), Shape("blob"), Square(2)}
for _, s in ipairs(shapes) do print(tostring(s)) end
table.sort(shapes, function(a, b) return a:less_than(b) end)
local order = {}
for _, s in ipairs(shapes) do order[#order + 1] = s.name end
print(table.concat(order, " < "))
print(Shape.count, tostring(Square), tostring(Shape))
local sq = Square(5)
print(is_instance(sq, Square), is_instance(sq, Rect), is_instance(sq, Shape), is_instance(sq, Circle))
print(sq:same_size(Rect(5, 5)), sq:same_size(Rect(1, 2)))
print(rawget(Square, "area"), Square.area == Rect.area, sq.super == Rect)
Rect.perimeter = function(self) return 2 * (self.w + self.h) end
print(sq:perimeter(), pcall(function() return Circle(1):perimeter() end))
return sq:area()
