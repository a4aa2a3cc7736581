-- Negative zero made at run time: equal to zero, prints as "-0", keeps its sign in division.
local nz = tonumber("-0")
local z = tonumber("0")
print(nz, z, z * -1, -1 * z, z / -5, -z)
print(nz == z, 1 / nz, 1 / z)
print(tostring(nz), string.format("%g", nz), nz .. "")
local computed = -(z - z)
print(computed, 1 / computed)
print(math.abs(nz), math.floor(-0.5), math.ceil(-0.5), 1 / math.ceil(-0.5))
local t = {}
t[z] = "zero"
print(t[nz])
t[nz] = "negative zero key"
print(t[z])
print(nz < z, nz <= z, z < nz)
print(3 % -1, -3 % 1)
return nz, z
