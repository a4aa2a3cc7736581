-- Methods capture state through self or through closures; both styles compared.
local Stack = {}
Stack.__index = Stack
function Stack.new() return setmetatable({items = {}, size = 0}, Stack) end
function Stack:push(v) self.size = self.size + 1 self.items[self.size] = v return self end
function Stack:pop()
  if self.size == 0 then return nil end
  local v = self.items[self.size]
  self.items[self.size] = nil
  self.size = self.size - 1
  return v
end
local s = Stack.new():push(1):push(2):push(3)
print(s:pop(), s:pop(), s.size)
local function closure_stack()
  local items = {}
  return {
    push = function(v) items[#items + 1] = v end,
    pop = function() return table.remove(items) end,
    size = function() return #items end,
  }
end
local cs = closure_stack()
cs.push("a"); cs.push("b")
print(cs.pop(), cs.size())
local obj = {name = "obj"}
function obj.plain(self) return self and self.name end
function obj:method() return self.name end
print(obj.plain(obj), obj:plain(), obj.method(obj), obj.plain())
print(pcall(obj.method))
print(pcall(function() return obj.method() end))
return s.size
