-- Formatting very large, very small, infinite and NaN values.
local f = string.format
print(f("%f", 1e20), f("%e", 1e-300), f("%g", 1e300), f("%g", 5e-324))
print(f("%.0f", 2^63), f("%.0f", -2^70), f("%.0f", 1e22))
print(f("%d %d", 2^53, -2^53), f("%.0f", 2^53 + 1))
print(f("%f %f", math.huge, -math.huge), f("%e %g", math.huge, -math.huge))
print(f("%10.3f|%-10e|", math.huge, -math.huge))
print(f("%f %g", 0/0, -(0/0)))
print(f("%.3f %.3e %.3g", 1e-10, 1e-10, 1e-10))
local negative_zero = tonumber("-0")
print(f("%5.2f", 0), f("%5.2f", negative_zero), f("%g", negative_zero), f("%e", 0))
print(f("%g %g", 2^-1074, 2^1023))
return f("%g", 1e15), f("%g", 1e16)
