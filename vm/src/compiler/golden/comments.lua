-- comment
--[[ long
comment ]]
--[==[ another
]==]
local x = 1 -- trailing
return x
