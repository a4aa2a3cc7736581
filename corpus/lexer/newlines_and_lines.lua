-- Every newline form counts as one line: \n, \r, \r\n and \n\r.
local forms = { ["LF"] = "\n", ["CR"] = "\r", ["CRLF"] = "\r\n", ["LFCR"] = "\n\r" }
local order = { "LF", "CR", "CRLF", "LFCR" }
for _, name in ipairs(order) do
  local nl = forms[name]
  local src = "local a = 1" .. nl .. nl .. "local b = nil" .. nl .. "return a + b"
  local f = assert(loadstring(src, "=" .. name))
  print(name, pcall(f))
  local s = assert(loadstring("return [[x" .. nl .. "y]]"))()
  print(name, #s, s:byte(1, -1))
  local f2, err = loadstring("x = 1" .. nl .. nl .. nl .. "x = = 2", "=" .. name)
  print(name, err)
end
