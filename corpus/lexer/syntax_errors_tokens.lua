-- Lexical errors: malformed numbers, unfinished long strings and comments, bad delimiters.
local sources = {
  "return 3x",
  "return 3..2",
  "return 1e",
  "return 1e+",
  "return 0x",
  "return 0xg",
  "return 12abc",
  "return 1.2.3",
  "return 0x1p4",
  "return [[abc",
  "return [==[abc]=]",
  "--[[ unfinished",
  "--[==[ unfinished ]]",
  "return [=abc",
  "return [==",
  "x = 1 ~ 2",
  "return \"\\",
  "return 5 .. 6",
  "return 5..6",
  "return 1 .. 2 .. 3",
}
for i, src in ipairs(sources) do
  local f, err = loadstring(src)
  if f then
    print(i, "compiled", pcall(f))
  else
    print(i, err)
  end
end
