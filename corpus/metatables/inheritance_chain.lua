-- Single inheritance through __index chains with overriding and super calls.
local Animal = {}
Animal.__index = Animal
function Animal.new(name, sound)
  return setmetatable({name = name, sound = sound or "..."}, Animal)
end
function Animal:speak() return self.name .. " says " .. self.sound end
function Animal:kind() return "animal" end

local Dog = setmetatable({}, {__index = Animal})
Dog.__index = Dog
function Dog.new(name) local d = Animal.new(name, "woof") return setmetatable(d, Dog) end
function Dog:kind() return "dog, a kind of " .. Animal.kind(self) end
function Dog:fetch() return self.name .. " fetches" end

local Puppy = setmetatable({}, {__index = Dog})
Puppy.__index = Puppy
function Puppy.new(name) local p = Dog.new(name) return setmetatable(p, Puppy) end
function Puppy:speak() return Dog.speak(self) .. " (squeakily)" end

local a, d, p = Animal.new("generic"), Dog.new("rex"), Puppy.new("bit")
for _, x in ipairs({a, d, p}) do
  print(x:speak(), x:kind(), x.fetch and x:fetch() or "cannot fetch")
end
print(getmetatable(p) == Puppy, getmetatable(Puppy).__index == Dog, rawget(Puppy, "kind"))
Animal.describe = function(self) return "I am " .. self.name end
print(p:describe(), d:describe())
local function isinstance(obj, class)
  local mt = getmetatable(obj)
  while mt do
    if mt == class then return true end
    local parent = getmetatable(mt)
    mt = parent and parent.__index
  end
  return false
end
print(isinstance(p, Animal), isinstance(p, Dog), isinstance(d, Puppy), isinstance(a, Dog))
return p:speak()
