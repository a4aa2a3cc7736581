-- After a runtime error lua.c's docall collects garbage before reporting: a finalizer that
-- fails there replaces the error being reported (no traceback), and the others run at close.
local late = newproxy(true)
getmetatable(late).__gc = function() print("late finalizer, at close") end
keep_late = late
local failing = newproxy(true)
getmetatable(failing).__gc = function() error("finalizer failed") end
failing = nil
error("this message is lost")
