-- Error messages for bad arguments to string functions, called directly and as methods.
local calls = {
  function() return string.rep() end,
  function() return string.rep("x") end,
  function() return string.sub() end,
  function() return string.sub("x", "a") end,
  function() return string.byte("x", {}) end,
  function() return string.char(300) end,
  function() return string.char("a") end,
  function() return string.upper() end,
  function() return string.lower({}) end,
  function() return string.len(nil) end,
  function() return string.reverse(print) end,
  function() return ("x"):rep({}) end,
  function() return ("x"):sub("a") end,
  function() return ("x"):byte(1, "z") end,
  function() return string.rep(nil, 1) end,
  function() local s = "x" return s.rep(nil, 1) end,
  function() return string.sub(true, 1) end,
  function() return string.byte("abc", 1, true) end,
}
for i, f in ipairs(calls) do print(i, pcall(f)) end
