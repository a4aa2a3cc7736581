-- Found by the library-argument sweep (`run --sweep`): 5.1's print writes each piece with
-- fputs, so a string stops at its first "\0" (the tab and newline still follow), and what was
-- written before a failing tostring stays written; the error carries the caller's position.
print("a\0b", "c\0", "\0d")
print(pcall(print, 1, setmetatable({}, {__tostring = function() return {} end})))
print(pcall(function() print("x", setmetatable({}, {__tostring = function() return true end})) end))
