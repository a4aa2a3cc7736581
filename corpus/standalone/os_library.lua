-- The os library: dates in UTC, time tables, the environment, files, locales.
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
T("os.date", function() return os.date("%Y", 0), os.date("!%H:%M:%S", 3661), os.date("!*t", 0).year, os.date("!%c", 0) end)
T("os.date bad", function() return os.date("%Ez", 0) end)
T("os.date q", function() return os.date("!%q", 0) end)
T("os.time t", function() return os.time({year=2000, month=1, day=1, hour=12}) end)
T("os.time missing", function() return os.time({year=2000}) end)
T("os.getenv", function() return os.getenv("NONEXISTENT_X"), os.getenv(1) end)
T("os.remove no", function() return os.remove("/nonexistent/x") end)
T("os.rename no", function() return os.rename("/nonexistent/x", "/nonexistent/y") end)
T("os.difftime", function() return os.difftime(10, 5), os.difftime(10) end)
T("os.exit type", function() return type(os.exit) end)
T("os.setlocale", function() return os.setlocale(), os.setlocale("C"), os.setlocale("xx_YY"), os.setlocale(nil, "bad") end)
