-- table.concat joins strings and numbers, with optional separator and range.
local t = {"a", "b", "c", 1, 2.5}
print(table.concat(t))
print(table.concat(t, ", "))
print(table.concat(t, "-", 2))
print(table.concat(t, "-", 2, 3))
print(table.concat(t, "-", 3, 2) == "", table.concat({}, "x") == "")
print(table.concat(t, "", 5, 5), table.concat(t, 0))
print(table.concat({1, 2, 3}, 1.5))
print(pcall(table.concat, {1, {}, 3}))
print(pcall(table.concat, {1, 2}, ",", 1, 3))
print(pcall(table.concat, {true}))
print(pcall(table.concat, {1, 2, 3}, {}))
print(pcall(table.concat))
print(pcall(table.concat, "abc"))
local holes = {1, nil, 3}
print(pcall(table.concat, holes, ",", 1, 3))
local z = {[0] = "zero", "one", "two"}
print(table.concat(z, ",", 0, 2))
print(#table.concat({"\0", "\0"}, "\0"))
return table.concat({"x", "y"}, "+")
