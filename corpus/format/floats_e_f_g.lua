-- %e, %E, %f, %g, %G with default and explicit precision.
local f = string.format
local values = {0, 1, -1, 0.5, 3.14159265358979, 123456.789, 1e-5, 1e20, 2/3, 1e100, -0.000123}
for _, v in ipairs(values) do
  print(f("%e | %E | %f | %g | %G", v, v, v, v, v))
end
print(f("%.0e %.1e %.10e", 12345.6789, 12345.6789, 12345.6789))
print(f("%.0f %.1f %.10f", 12345.6789, 12345.6789, 12345.6789))
print(f("%.0g %.1g %.10g %.20g", 12345.6789, 12345.6789, 12345.6789, 0.1))
print(f("%g %g %g %g", 100000, 1000000, 0.0001, 0.00001))
print(f("%#g %#.3g %#e %#.0f", 1, 2, 3, 4))
print(f("%.14g", 2^53), f("%.17g", 0.1), f("%.3f", 2/3))
print(f("%f", "1.5"), f("%g", "1e3"))
return f("%.2f", 3.14159)
