-- Method calls pass self first and then the varargs.
local obj = {name = "obj"}
function obj:describe(...)
  return self.name, select("#", ...), ...
end
print(obj:describe())
print(obj:describe(1, nil))
print(obj.describe(obj, "x"))
print(obj.describe({name = "other"}, "y", "z"))
local logger = {lines = {}}
function logger:log(fmt, ...)
  self.lines[#self.lines + 1] = string.format(fmt, ...)
  return self
end
logger:log("%s=%d", "a", 1):log("%s", "plain"):log("%d%%", 50)
print(table.concat(logger.lines, "; "))
print(pcall(logger.log, logger, "%d"))
return #logger.lines
