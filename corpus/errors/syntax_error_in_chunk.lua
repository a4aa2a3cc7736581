-- The whole file fails to compile, so nothing runs and the error is a syntax error.
-- expect: uncaught error
print("this line never runs")
local function broken()
  return 1 +
end
