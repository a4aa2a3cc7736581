-- gsub with a function: called per match with the captures; nil/false keep the match.
print(("hello world"):gsub("%w+", string.upper))
print(("1 2 3"):gsub("%d", function(d) return d * 10 end))
print(("a b c"):gsub("%a", function(c) if c == "b" then return nil end return c:upper() end))
print(("a b c"):gsub("%a", function(c) return false end))
print(("k1=v1, k2=v2"):gsub("(%w+)=(%w+)", function(k, v) return v .. "=" .. k end))
local positions = {}
print(("banana"):gsub("()a", function(p) positions[#positions + 1] = p end))
print(table.concat(positions, ","))
local calls = 0
print(("aaa"):gsub("a", function() calls = calls + 1 return calls end, 2), calls)
print(("abc"):gsub("", function() return "." end))
print(("x"):gsub("x", function() return 1.5 end))
print(pcall(string.gsub, "x", "x", function() return {} end))
print(pcall(string.gsub, "x", "x", function() return true end))
print(pcall(string.gsub, "x", "x", function() error("inside replacement") end))
print(pcall(string.gsub, "x", "x", 42))
print(pcall(string.gsub, "x", "x"))
return ("ab"):gsub(".", function(c) return c:byte() end)
