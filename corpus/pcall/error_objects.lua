-- Error objects keep their identity and fields through any number of pcall layers.
local MyError = {}
MyError.__index = MyError
MyError.__tostring = function(e) return "MyError(" .. e.code .. "): " .. e.message end
local function new_error(code, message) return setmetatable({code = code, message = message}, MyError) end
local function risky(n)
  if n < 0 then error(new_error(400, "negative input")) end
  if n == 0 then error(new_error(500, "zero input")) end
  return n * 2
end
for _, n in ipairs({5, -1, 0}) do
  local ok, e = pcall(risky, n)
  if ok then
    print("ok", e)
  else
    print("failed", getmetatable(e) == MyError, e.code, tostring(e))
  end
end
local original = new_error(1, "pass through")
local ok, e = pcall(function()
  local ok2, e2 = pcall(error, original)
  error(e2)
end)
print(e == original, tostring(e))
local ok3, e3 = pcall(error, {list = {1, 2, 3}})
print(ok3, #e3.list)
local fn_err = function() return "I am an error function" end
local ok4, e4 = pcall(error, fn_err)
print(ok4, type(e4), e4())
