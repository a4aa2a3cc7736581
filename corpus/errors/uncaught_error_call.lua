-- An explicit error call that is not caught: the message carries the position.
-- expect: uncaught error
local function check(value)
  if value > 10 then error("value too large: " .. value) end
  return value
end
print(check(5))
print(check(11))
