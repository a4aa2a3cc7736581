-- An uncaught error raised with level 2 points at the caller's line.
-- expect: uncaught error
local function require_string(s)
  if type(s) ~= "string" then error("string required", 2) end
  return s
end
print(require_string("ok"))
print(require_string(7))
