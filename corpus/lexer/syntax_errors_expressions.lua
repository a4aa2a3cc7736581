-- Syntax errors inside expressions and constructors.
local sources = {
  "return 1 +",
  "return (1",
  "return 1)",
  "return {1, 2",
  "return {1 2}",
  "return {[1] 2}",
  "return {x = }",
  "return f(",
  "return f(1,)",
  "return a.",
  "return a:b",
  "return a:b.c()",
  "return ...",
  "function f() return ... end",
  "return 1 == == 2",
  "return not",
  "return #",
  "return 'a' .. ",
  "return x[",
  "return x[1",
  "return function",
  "return 1 2",
  "return @",
  "return $x",
  "return ~= 1",
  "return a ! b",
  "return 'abc' 'def'",
  "return {,}",
  "return {;}",
  "return {1,,2}",
}
for i, src in ipairs(sources) do
  local f, err = loadstring(src)
  print(i, f and "compiled" or err)
end
