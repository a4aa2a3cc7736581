-- "attempt to concatenate" messages; in a chain the offending operand is named.
local t = {s = "str"}
local up_nil
local cases = {
  function() local l; return "a" .. l end,
  function() return "a" .. up_nil end,
  function() return "a" .. t.missing end,
  function() return t.missing .. "a" end,
  function() return "a" .. undefined_global end,
  function() return "a" .. true end,
  function() return "a" .. {} end,
  function() return "a" .. t.s .. t.missing .. "b" end,
  function() return 1 .. nil end,
  function() local a, b, c = "x", nil, "z" return a .. b .. c end,
  function() return "x" .. print end,
}
for i, f in ipairs(cases) do print(i, pcall(f)) end
