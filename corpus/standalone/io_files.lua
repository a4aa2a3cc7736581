-- The io library on real files: modes, reads of every format, seeks, lines, buffering,
-- errors with their errno, and the standard files.
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
-- io library
T("io.write ret", function() return io.write("") end)
T("io.read bad", function() return io.read("*x") end)
T("io.read num", function() return io.read(5.5) end)
T("io.lines nofile", function() return io.lines("/nonexistent/x") end)
T("io.open bad mode", function() return io.open("x.txt", "rz") end)
T("io.open nofile", function() return io.open("/nonexistent/x") end)
T("io.type", function() return io.type(io.stdout), io.type(42), io.type(nil) end)
T("io.close std", function() return io.close(io.stdout) end)
T("file tostring", function() local f = io.open("x.txt","w"); local s = tostring(f):gsub("0x%x+","A"); f:close(); return s, tostring(f) end)
T("closed file read", function() local f = io.open("x.txt","w"); f:close(); return f:read() end)
T("file write nums", function() local f = io.open("x.txt","w"); f:write(1, 2.5, 1e100, -0.0, "x"); f:close(); return io.open("x.txt"):read("*a") end)
T("file read n", function() local f = io.open("x.txt","w"); f:write("  12.5e2  0x10 -3 abc"); f:close(); f = io.open("x.txt"); return f:read("*n","*n","*n","*n","*n") end)
T("file read 0", function() local f = io.open("x.txt"); local a = f:read(0); f:read("*a"); return a, f:read(0), f:read("*l"), f:read("*a") end)
T("file seek", function() local f = io.open("x.txt"); return f:seek("end"), f:seek("set", 2), f:seek("cur", -1), f:seek("bad") end)
T("file seek frac", function() local f = io.open("x.txt"); return f:seek("set", 2.7) end)
T("setvbuf", function() return io.stdout:setvbuf("bad") end)
T("setvbuf ok", function() return io.stdout:setvbuf("no"), io.stdout:setvbuf("line", 10) end)
T("lines iter", function() local f = io.open("x.txt","w"); f:write("a\nb\n\nc"); f:close(); local t = {} for l in io.lines("x.txt") do t[#t+1] = "["..l.."]" end return table.concat(t) end)
T("f:lines closed", function() local f = io.open("x.txt"); local it = f:lines(); f:close(); return it() end)
T("io.input nofile", function() return io.input("/nonexistent/y") end)
T("io.output type", function() return io.type(io.output()) end)
T("write bad", function() return io.write({}) end)
T("write bool", function() return io.write(true) end)
T("f:write bad", function() local f = io.open("x.txt","w"); return f:write(nil) end)
T("io.popen", function() local p = io.popen("echo hi"); local s = p:read("*a"); return s, p:close() end)
T("io.tmpfile", function() local f = io.tmpfile(); f:write("abc"); f:seek("set"); return f:read("*a") end)
T("f:read bad fmt", function() local f = io.tmpfile(); return f:read("*z") end)
T("f:read many", function() local f = io.tmpfile(); f:write("abc\ndef"); f:seek("set"); return f:read(1, "*l", 2, "*l", "*l") end)
T("gc file", function() local f = io.tmpfile(); return getmetatable(f).__index == getmetatable(f), getmetatable(f).__name end)
T("io meta keys", function() local t = {} for k in pairs(getmetatable(io.stdout)) do t[#t+1]=k end table.sort(t) return table.concat(t, ",") end)
T("io keys", function() local t = {} for k in pairs(io) do t[#t+1]=k end table.sort(t) return table.concat(t, ",") end)
