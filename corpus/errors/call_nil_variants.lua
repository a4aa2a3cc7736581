-- "attempt to call" messages name the global, field, method, local or upvalue involved.
local t = {}
local not_a_function = 42
local up = nil
local cases = {
  function() undefined_function() end,
  function() t.missing() end,
  function() t:missing_method() end,
  function() local f; f() end,
  function() up() end,
  function() not_a_function() end,
  function() ("str")() end,
  function() t.x.y() end,
  function() t[1]() end,
  function() local k = "dyn" t[k]() end,
  function() (nil)() end,
  function() return (function() end)()() end,
  function() string.nonexistent("x") end,
  function() local b = true b() end,
}
for i, f in ipairs(cases) do print(i, pcall(f)) end
