-- The function name in "bad argument" messages comes from how the call was written.
local rep = string.rep
local s = "x"
local M = {floor = math.floor}
local function up_call() return rep() end
local cases = {
  function() return string.rep() end,
  function() return rep() end,
  function() return s:rep() end,
  function() return M.floor("x") end,
  function() return math.floor("x") end,
  function() return up_call() end,
  function() return tostring() end,
  function() local t = {f = setmetatable} return t.f(1) end,
  function() return (string.rep)() end,
  function() return ({string.rep})[1]() end,
}
for i, f in ipairs(cases) do print(i, pcall(f)) end
