-- "attempt to compare" messages list the two operand types in order.
local cases = {
  function() return 1 < nil end,
  function() return nil < 1 end,
  function() return 1 <= "1" end,
  function() return "1" >= 1 end,
  function() return {} < {} end,
  function() return print < print end,
  function() return true > false end,
  function() return {} <= 1 end,
  function() local a, b = 1, {} return a > b end,
  function() return coroutine.create(function() end) < 1 end,
}
for i, f in ipairs(cases) do print(i, pcall(f)) end
print(pcall(function() return 1 == nil, {} ~= {}, "a" == 1 end))
