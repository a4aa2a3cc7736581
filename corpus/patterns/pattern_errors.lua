-- Malformed patterns raise errors with specific messages.
local patterns = {
  "%", "[a", "[a-", "[^", "(a", "a)", "%b", "%bx", "%f", "%fx", "(()", "%1",
  "(a)%2", "(a%1)", "[%", "[]", "%g",
}
for _, p in ipairs(patterns) do
  print(string.format("%-6s", p), pcall(string.find, "abc", p))
end
local many = string.rep("(a)", 33)
print(pcall(string.match, string.rep("a", 33), many))
local ok32 = string.rep("(a)", 32)
print(select("#", string.match(string.rep("a", 32), ok32)))
print(pcall(string.gsub, "abc", "(", "x"))
print(pcall(string.gmatch("abc", "[a"), nil))
