-- Strings are compared as bytes, including ones that are not UTF-8.
local s = "caf\195\169"
return s, #s, "\255\0\1", s:upper(), ("x"):rep(3, ","), string.format("%5.2f|%d|%q", 3.14159, 42, "a\nb")
