-- A script that does not compile: the message and status 1, nothing run.
print("never printed")
local x = = 1
