-- Lua 5.1 cannot yield across a C call: pcall, metamethods, library callbacks, for iterators.
local function attempt(label, body)
  local co = coroutine.create(body)
  print(label, coroutine.resume(co))
end
attempt("inside pcall", function() return pcall(coroutine.yield, "from pcall") end)
attempt("inside pcall body", function() return pcall(function() coroutine.yield(1) end) end)
attempt("inside __index", function()
  local t = setmetatable({}, {__index = function(_, k) return coroutine.yield(k) end})
  return t.key
end)
attempt("inside __add", function()
  local t = setmetatable({}, {__add = function() return coroutine.yield("add") end})
  return t + 1
end)
attempt("inside sort comparator", function()
  table.sort({3, 2, 1}, function(a, b) coroutine.yield("cmp") return a < b end)
end)
attempt("inside gsub callback", function()
  return string.gsub("ab", "%w", function(c) coroutine.yield(c) end)
end)
attempt("inside for iterator", function()
  for v in function() return coroutine.yield("iter") end do return v end
end)
attempt("plain yield", function() coroutine.yield("fine") end)
print(pcall(coroutine.yield, "main"))
print(select(2, pcall(function() coroutine.yield() end)))
