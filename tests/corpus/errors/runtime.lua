-- A runtime error with a position and a variable name.
local t = nil
return t.field
