-- How the C library rounds binary doubles when printing decimals.
local f = string.format
for _, v in ipairs({0.5, 1.5, 2.5, 3.5, -0.5, -1.5}) do print(v, f("%.0f", v)) end
for _, v in ipairs({2.675, 1.005, 0.125, 0.375, 1.0005, 9.995}) do print(v, f("%.2f", v), f("%.3f", v)) end
print(f("%.3g %.3g %.3g", 1234.5, 0.00012345, 99950))
print(f("%.1e %.1e", 0.25, 0.35))
print(f("%5.1f|%5.1f|%5.1f", 99.95, 99.94, -99.95))
print(f("%.14g %.14g %.15g", 0.1 + 0.2, 1/3, 1/3))
return f("%.1f", 0.05)
