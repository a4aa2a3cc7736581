-- Semicolons: optional after statements, but a lone ';' is not a statement in Lua 5.1.
local results = {}
local sources = {
  "local a = 1; local b = 2; return a + b",
  "local a = 1 local b = 2 return a + b",
  ";",
  "local a = 1;;",
  "return 1;",
  "return 1;;",
  "do end;",
  "do ; end",
  "x = 1; y = 2;",
  "if true then ; end",
  "for i = 1, 2 do end; return 'loop'",
  "return",
  "return;",
  "",
}
for i, src in ipairs(sources) do
  local f, err = loadstring(src)
  if f then
    print(i, "ok", f())
  else
    print(i, err)
  end
end
