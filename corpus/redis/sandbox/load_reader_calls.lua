-- @profile: redis
-- load calls its reader only as the parser needs more text, as Redis (Lua 5.1) does, and
-- refuses a chunk starting with ESC after reading only the first piece.
local function counted(pieces)
  local calls = 0
  return function()
    calls = calls + 1
    return pieces[calls]
  end, function() return calls end
end
local results = {}
for _, pieces in ipairs({
  { "return )", " 1", " 2", " 3" },
  { "return 1", "", "return 2" },
  { "ret", "urn ", 4, "2" },
  { "\27Lua", "more" },
  { "local", " x", "=", "1" },
}) do
  local reader, calls = counted(pieces)
  local f, message = load(reader, "=chunk")
  results[#results + 1] = tostring(f and f() or message) .. " after " .. calls() .. " calls"
end
return results
