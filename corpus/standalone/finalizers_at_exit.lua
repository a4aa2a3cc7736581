-- lua.c ends with lua_close: every pending __gc runs, newest first, an error skipping only its
-- own finalizer; what they print to stdout is flushed after them, at exit.
for i = 1, 4 do
  local u = newproxy(true)
  getmetatable(u).__gc = function() io.write("gc ", i, "\n") if i == 3 then error("fail " .. i) end end
  _G["keep" .. i] = u
end
local dropped = newproxy(true)
getmetatable(dropped).__gc = function() io.stderr:write("dropped one, on stderr\n") end
dropped = nil
io.stderr:write("stderr before the end\n")
io.write("last line of the chunk\n")
