-- Lua 5.1 (compatibility mode) refuses "[[" inside a level-0 long string or comment.
local cases = {
  "return [[ a [[ b ]]",
  "--[[ a [[ b ]]\nreturn 1",
  "return [=[ a [[ b ]] c ]=]",
  "return [==[ [=[ ]=] ]==]",
  "return [[ a [=[ b ]]",
  "return [[ ] ]]",
}
for i, src in ipairs(cases) do
  local f, err = loadstring(src)
  if f then print(i, "ok", f()) else print(i, "error", err) end
end
