-- Unfinished constructs in comments and at the end of a chunk.
local sources = {
  "--[[",
  "--[[ x",
  "--[=[ x ]]",
  "-- ok\nreturn 1",
  "--[[ ok ]] return 2",
  "--[==[ ok ]==] return 3",
  "--[==[ \n\n\n x",
  "return 4 --[[ trailing",
  "return 5 -- trailing",
  "local s = [[\n\n\n",
}
for i, src in ipairs(sources) do
  local f, err = loadstring(src)
  if f then print(i, "ok", f()) else print(i, err) end
end
