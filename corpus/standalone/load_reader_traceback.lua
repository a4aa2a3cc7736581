-- lua.c runs scripts under its traceback handler, and 5.1 parses under the running handler.
print(load(function() return {} end))
print(load(function() error("in reader") end))
print(pcall(load, function() return {} end))
