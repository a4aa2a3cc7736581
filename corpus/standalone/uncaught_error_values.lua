-- An uncaught error whose value is a table with __tostring: lua.c reports a non-string.
io.write("out ")
error(setmetatable({}, {__tostring = function() return "custom" end}))
