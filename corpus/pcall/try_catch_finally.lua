-- A try/catch/finally helper built on pcall, including rethrow from catch.
local function try(block)
  local ok, err = pcall(block.body)
  local result
  if not ok and block.catch then
    local cok, cerr = pcall(block.catch, err)
    if not cok then err = cerr else ok, result = true, cerr end
  end
  if block.finally then block.finally() end
  if not ok then error(err, 0) end
  return result
end
local events = {}
print(try {
  body = function() events[#events + 1] = "body" error("fail", 0) end,
  catch = function(e) events[#events + 1] = "catch " .. e return "recovered" end,
  finally = function() events[#events + 1] = "finally" end,
})
print(table.concat(events, ", "))
events = {}
print(pcall(try, {
  body = function() error("first", 0) end,
  catch = function(e) error("rethrown after " .. e, 0) end,
  finally = function() events[#events + 1] = "cleanup ran" end,
}))
print(table.concat(events, ", "))
print(pcall(try, {body = function() error("no catch", 0) end}))
print(try {body = function() return "unused" end})
