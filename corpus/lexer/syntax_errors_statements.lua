-- Syntax errors in statements, reported by loadstring as nil plus message.
local sources = {
  "x = ",
  "x =",
  "local = 1",
  "if x then",
  "if x then else",
  "if x end",
  "while true do",
  "for i = 1 do end",
  "for i, j = 1, 2 do end",
  "for i in do end",
  "repeat x = 1",
  "function f( end",
  "function (x) end",
  "local function end",
  "return return",
  "return 1 x = 2",
  "break",
  "do break end",
  "x y",
  "f() = 1",
  "a.b:c = 1",
  "end",
  "else",
  "until x",
  "local x <const> = 1",
  "goto done",
  "::label::",
  "x = }",
  "(x) = 1",
  "a, b",
}
for i, src in ipairs(sources) do
  local f, err = loadstring(src)
  print(i, f and "compiled" or err)
end
