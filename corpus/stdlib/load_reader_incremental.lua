-- load(reader) parses as it reads: a syntax error stops the reading, and the reader is
-- called only as far as the parser needs.
local calls = 0
local function one_char(text)
  local i = 0
  return function()
    calls = calls + 1
    i = i + 1
    return text:sub(i, i)
  end
end
print(load(one_char("*a = 123")))
print("calls", calls)
calls = 0
print(load(one_char("return 1 +")))
print("calls", calls)
calls = 0
local f = load(one_char("return 'ok', 2"))
print(f(), "calls", calls)
-- a binary chunk through a reader
calls = 0
local g = load(one_char(string.dump(function() return 7 end)))
print(g(), calls > 10)
