-- load(reader) calls the reader for pieces until it returns nil or an empty string.
-- Reader failures are only provoked under pcall: outside it the host's message handler
-- would decorate the message.
local function pieces(list)
  local i = 0
  return function() i = i + 1 return list[i] end
end
local f = load(pieces({"return ", "1 ", "+ ", "41"}))
print(f())
local g = load(pieces({"local t = {} ", "for i = 1, 3 do t[i] = i * i end ", "return t[1], t[2], t[3]"}))
print(g())
local empty_chunk = load(pieces({}))
print(type(empty_chunk), select("#", empty_chunk()))
local h, err = load(pieces({"return (", "1"}))
print(h, err)
local named, err2 = load(pieces({"x = = 1"}), "=reader chunk")
print(named, err2)
local stop_early = load(pieces({"return 'first'", "", "error('never read')"}))
print(stop_early())
local gave_number = false
print(load(function() if not gave_number then gave_number = true return 42 end end))
print(pcall(load, function() return {} end))
print(pcall(load))
print(pcall(load, "return 1"))
local calls = 0
local one_char = "return 'a' .. 'b' .. 'c'"
local cf = load(function()
  calls = calls + 1
  if calls <= #one_char then return one_char:sub(calls, calls) end
end)
print(cf(), calls)
print(pcall(load, function() error("reader failed") end))
