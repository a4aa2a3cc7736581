-- Percent signs in arguments are data, not conversions; the format text passes through.
local f = string.format
print(f("%s", "100% sure %d"))
print(f("rate: %d%%", 15), f("%s%%", "%"))
print(f("a\0b %d", 1):byte(1, -1))
print(f("tabs\tand\nnewlines %s", "ok"))
print(f("%5s%%|%-5s%%", "a", "b"))
local template = "Dear %s, you owe $%.2f (%d%% of %s)."
print(f(template, "Ann", 12.5, 50, "25.00"))
print(f("%s", f("%s", f("%s", "nested"))))
return f("%%%s%%", "x")
