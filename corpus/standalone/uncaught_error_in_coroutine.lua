-- An uncaught error raised through coroutine.wrap: the message, the traceback, exit status 1.
local function deep(n) if n == 0 then error("bottom reached") end return deep(n - 1) end
print("before")
coroutine.wrap(function() deep(3) end)()
print("never")
