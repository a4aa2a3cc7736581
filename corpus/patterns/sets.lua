-- Character sets: ranges, classes inside sets, complements, and literal ']' and '-'.
local s = "abc-XYZ_123]^[%"
local sets = {
  "[abc]", "[^abc]", "[a-c]", "[A-Z]", "[%d]", "[%a_]", "[^%w]", "[]]", "[^]]",
  "[a-]", "[-a]", "[%-]", "[%]]", "[%%]", "[%^]", "[^^]", "[%[]", "[_%d]", "[z-a]",
  "[%a%d]", "[^%s%p]", "[a-cX-Z]", "[.]", "[a%-c]",
}
for _, p in ipairs(sets) do
  local replaced, n = s:gsub(p, "#")
  print(p, replaced, n)
end
print(("aaa"):find("[a]+"), ("x]y"):find("[]]"), ("x-y"):match("[%w-]+"))
