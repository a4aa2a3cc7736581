-- An event emitter built on closures: on, once, off, priorities, wildcard and error isolation.
local function Emitter()
  local handlers = {}
  local seq = 0
  local self = {}
  local function list(event)
    handlers[event] = handlers[event] or {}
    return handlers[event]
  end
  function self.on(event, fn, priority)
    seq = seq + 1
    local entry = {fn = fn, priority = priority or 0, seq = seq}
    local l = list(event)
    l[#l + 1] = entry
    table.sort(l, function(a, b)
      if a.priority ~= b.priority then return a.priority > b.priority end
      return a.seq < b.seq
    end)
    return function()
      for i, e in ipairs(l) do if e == entry then table.remove(l, i) return true end end
      return false
    end
  end
  function self.once(event, fn, priority)
    local off
    off = self.on(event, function(...) off() return fn(...) end, priority)
    return off
  end
  function self.emit(event, ...)
    local delivered, errors = 0, {}
    local snapshot = {}
    for i, e in ipairs(list(event)) do snapshot[i] = e end
    for _, e in ipairs(list("*")) do snapshot[#snapshot + 1] = e end
    for _, e in ipairs(snapshot) do
      local ok, err = pcall(e.fn, event, ...)
      if ok then delivered = delivered + 1 else errors[#errors + 1] = err end
    end
    return delivered, errors
  end
  function self.count(event) return #list(event) end
  return self
end

local bus = Emitter()
local log = {}
local function logger(prefix) return function(event, ...) log[#log + 1] = prefix .. ":" .. event .. ":" .. table.concat({...}, ",") end end
local off_a = bus.on("save", logger("a"))
bus.on("save", logger("high"), 10)
bus.on("save", logger("b"))
bus.once("save", logger("once"), 5)
bus.on("*", logger("any"))
local delivered_first, errors_first = bus.emit("save", "doc1", 1)
print(delivered_first, #errors_first)
print(table.concat(log, " | "))
log = {}
local delivered_second, errors_second = bus.emit("save", "doc2")
print(delivered_second, #errors_second)
print(table.concat(log, " | "))
print(off_a(), off_a(), bus.count("save"))
log = {}
bus.on("save", function(event, name) error("handler failed for " .. name, 0) end)
local delivered, errors = bus.emit("save", "doc3")
print(delivered, #errors, errors[1])
print(table.concat(log, " | "))
local totals = {}
local counter_bus = Emitter()
for _, name in ipairs({"x", "y", "z"}) do
  counter_bus.on("tick", function(_, n) totals[name] = (totals[name] or 0) + n end)
end
for i = 1, 10 do counter_bus.emit("tick", i) end
print(totals.x, totals.y, totals.z)
return bus.count("save")
