-- Division by zero gives infinities and NaN, never an error.
local pinf, ninf, nan = 1 / 0, -1 / 0, 0 / 0
print(pinf, ninf)
print(pinf == math.huge, ninf == -math.huge)
print(nan ~= nan, nan == nan, pinf > 1e308, ninf < -1e308)
print(type(nan), type(pinf))
print(1 / -0, -1 / -0, 0 / -1, 5 / pinf, -5 / pinf)
print(pinf + ninf ~= pinf + ninf, pinf * 0 ~= pinf * 0, pinf - pinf ~= pinf - pinf)
print(pinf + 1 == pinf, ninf * 2 == ninf, pinf / pinf ~= pinf / pinf)
print(tostring(pinf), tostring(ninf), tostring(1e309), tostring(-1e309))
print(pinf .. "", ninf .. "")
local zero = 0
print(10 / zero, -10 / zero)
return pinf, ninf
