-- Runtime errors report the line of the failing operation, even in multi-line statements.
local t = {}
local function multi_line()
  local a = 1
  local b =
    a +
    t.missing
  return b
end
print(pcall(multi_line))
local function call_across_lines()
  return string.rep(
    "x",
    {}
  )
end
print(pcall(call_across_lines))
local function in_table_constructor()
  return {
    1,
    2,
    nil .. "x",
  }
end
print(pcall(in_table_constructor))
local function in_condition()
  if t.a.b then
    return 1
  end
end
print(pcall(in_condition))
local function in_loop()
  for i = 1, 3 do
    if i == 3 then
      local x = i + nil
    end
  end
end
print(pcall(in_loop))
local f = loadstring("local x = 1\n\n\nreturn x + nil", "=chunk")
print(pcall(f))
