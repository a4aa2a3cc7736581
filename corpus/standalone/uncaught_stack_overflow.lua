-- An uncaught stack overflow: the traceback elides the middle levels.
io.write("partial line ")
local function rec(n) return 1 + rec(n + 1) end
rec(1)
