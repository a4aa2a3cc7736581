-- __call makes a table callable; the table itself is the first argument.
local counter = setmetatable({count = 0}, {__call = function(self, step, ...)
  self.count = self.count + (step or 1)
  return self.count, select("#", ...)
end})
print(counter())
print(counter(10))
print(counter(1, "a", "b", nil))
local memo = setmetatable({}, {__call = function(self, n) return n * n, "second", "third" end})
print(memo(7))
local t = {memo(3)}
print(#t)
print(pcall(counter, 5))
local noncallable = setmetatable({}, {__call = 42})
print(pcall(noncallable))
local plain = {}
print(pcall(plain))
print(pcall(function() local obj = {} obj.method() end))
local call_on_call = setmetatable({}, {__call = setmetatable({}, {__call = function() return "nested" end})})
print(pcall(call_on_call))
local ctor = setmetatable({}, {__call = function(cls, name) return {name = name, kind = "instance"} end})
local made = ctor("thing")
print(made.name, made.kind)
return counter.count
