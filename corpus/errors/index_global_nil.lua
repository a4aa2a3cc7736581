-- Indexing an undefined global: the message names the global.
-- expect: uncaught error
local config = {name = "demo"}
print("before", config.name)
print(pcall(function() return undefined_table.field end))
local value = settings.timeout
print("never reached", value)
