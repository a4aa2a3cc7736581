-- "attempt to index" messages for each kind of variable and value type.
local t = {inner = {}}
local num = 5
local flag = true
local fn = print
local up_nil
local cases = {
  function() return undefined_global.x end,
  function() return t.missing.x end,
  function() return t.inner.missing.x end,
  function() local l; return l.x end,
  function() return up_nil.x end,
  function() return num.x end,
  function() return flag.x end,
  function() return fn.x end,
  function() undefined_global.x = 1 end,
  function() t.missing.x = 1 end,
  function() local l; l[1] = 2 end,
  function() return t[1][2] end,
  function() return (nil).x end,
  function() return t.inner.deep.deeper end,
  function() local s = "str" return s.x.y end,
}
for i, f in ipairs(cases) do print(i, pcall(f)) end
