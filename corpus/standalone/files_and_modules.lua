-- dofile, loadfile and require on real files: results, errors with their paths, package.loaded,
-- module(), chunk names in messages.
local function write(name, text) local f = assert(io.open(name, "w")) f:write(text) f:close() end
write("mod_a.lua", "local name = ... return {name = name, value = 42}")
write("mod_b.lua", "module(..., package.seeall) answer = 7 function get() return answer end")
write("mod_err.lua", "error('failing module')")
write("mod_syntax.lua", "return = 1")
write("chunk.lua", "#!/bin/shebang line\nreturn 1 + 1, ...")
write("nothing.lua", "x_from_nothing = true")
local a = require("mod_a")
print(a.name, a.value, package.loaded.mod_a == a, require("mod_a") == a)
local b = require("mod_b")
print(b.get(), b._NAME, b._M == b, type(b._PACKAGE), mod_b == b)
print(pcall(require, "mod_err"))
print(pcall(require, "mod_syntax"))
print(require("nothing"), x_from_nothing, package.loaded.nothing)
print(dofile("chunk.lua"))
print(loadfile("chunk.lua")("arg"))
print(loadfile("missing.lua"))
print(pcall(dofile, "missing.lua"))
print(loadfile("mod_syntax.lua"))
print(pcall(dofile, "mod_err.lua"))
package.path = "./?.lua"
print(pcall(require, "absent"))
package.preload.virtual = function(name) return "preloaded " .. name end
print(require("virtual"))
print(pcall(require))
