-- Numeric for loop operands must be numbers (or strings that convert).
local cases = {
  function() for i = nil, 2 do end end,
  function() for i = 1, nil do end end,
  function() for i = 1, 2, nil do end end,
  function() for i = "a", 2 do end end,
  function() for i = 1, {} do end end,
  function() for i = 1, 2, "x" do end end,
  function() for i = 1, 2, false do end end,
  function() local n = 0 for i = "1", "2" do n = n + i end return n end,
  function() local n = 0 for i = " 0x2 ", 4 do n = n + 1 end return n end,
}
for i, f in ipairs(cases) do print(i, pcall(f)) end
