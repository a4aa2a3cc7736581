-- pcall results forwarded through tail calls and multiple-value contexts.
local function protected(f, ...) return pcall(f, ...) end
print(protected(function(a) return a * 2 end, 21))
print(protected(error, "tail error"))
local results = {protected(function() return 1, nil, 3 end)}
print(#results, results[1], results[2], results[4])
local function first_ok(...)
  for i = 1, select("#", ...) do
    local ok, v = pcall(select(i, ...))
    if ok then return v end
  end
  return "none succeeded"
end
print(first_ok(function() error("a") end, function() return "second" end))
print(first_ok(function() error("a") end))
print((pcall(error)))
