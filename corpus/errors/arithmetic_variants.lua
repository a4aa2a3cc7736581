-- "attempt to perform arithmetic" messages for locals, upvalues, fields, globals and constants.
local t = {name = "x", flag = true}
local up = {}
local cases = {
  function() local l; return l + 1 end,
  function() return up * 2 end,
  function() return t.missing - 1 end,
  function() return t.name / 2 end,
  function() return t.flag % 2 end,
  function() return undefined_number ^ 2 end,
  function() return -t.missing end,
  function() return 1 + nil end,
  function() return t[1] + 1 end,
  function() local k = "name" return t[k] + 1 end,
  function() return 2 * "abc" end,
  function() return {} + {} end,
  function() local a, b = 1, nil return a + b end,
  function() local a = "10" local b = "x" return a + b end,
}
for i, f in ipairs(cases) do print(i, pcall(f)) end
