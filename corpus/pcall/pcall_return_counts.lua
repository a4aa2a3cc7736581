-- Counting pcall results precisely, including nils in every position.
local function n(...) return select("#", ...) end
print(n(pcall(function() return end)))
print(n(pcall(function() return nil end)))
print(n(pcall(function() return nil, nil, nil end)))
print(n(pcall(function() return 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 end)))
print(n(pcall(error)))
print(n(pcall(error, nil)))
print(n(pcall(error, "x")))
print(n(xpcall(function() return 1, 2 end, print)))
print(n(xpcall(error, function() return end)))
local t = {pcall(function() return "a", nil, "c" end)}
print(t[1], t[2], t[3], t[4])
