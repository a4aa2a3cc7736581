-- A syntax error is an outcome to compare, not a bench failure.
local x = = 1
