-- io.popen: reading and writing commands, modes, seeking a pipe, closing.
local function show(v)
  local kind = type(v)
  if kind == "string" then return string.format("%q", v) end
  -- Addresses differ between runs: reference values print as their type.
  if kind == "table" or kind == "function" or kind == "userdata" or kind == "thread" then return kind end
  return tostring(v)
end
local function T(label, f, ...)
  local r = {pcall(f, ...)}
  local out = {}
  for i = 1, select("#", unpack(r)) do out[#out + 1] = show(r[i]) end
  print(label, table.concat(out, " | "))
end
T("popen bad mode", function() return io.popen("echo x", "rw") end)
T("popen write", function() local p = io.popen("cat > pw.txt", "w"); p:write("hello", 12); return p:close(), io.open("pw.txt"):read("*a") end)
T("popen seek", function() local p = io.popen("echo x"); return p:seek("set", 0) end)
T("popen read wrong", function() local p = io.popen("echo x"); return p:write("a") end)
T("popen lines", function() local p = io.popen("printf 'a\\nb\\n'"); local t = {} for l in p:lines() do t[#t+1] = l end p:close() return table.concat(t, ",") end)
T("popen exit", function() local p = io.popen("exit 3"); return p:read("*a"), p:close() end)
T("popen tostring", function() local p = io.popen("true"); local s = tostring(p):gsub("0x%x+", "A"); p:close(); return s, tostring(p), io.type(p) end)
T("popen arg", function() return io.popen() end)
T("popen num", function() local p = io.popen(12); return p:read("*a") end)
