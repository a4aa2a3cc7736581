-- Malformed escapes and unfinished strings are syntax errors reported by loadstring.
local sources = {
  'return "\\256"',
  'return "\\300"',
  'return "\\999"',
  'return "abc',
  "return 'abc",
  'return "abc\ndef"',
  'x = "\\',
  'return "ok\\255"',
}
for _, src in ipairs(sources) do
  local f, msg = loadstring(src)
  if f then
    print("compiled", #f())
  else
    print("error", msg)
  end
end
