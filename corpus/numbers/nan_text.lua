-- How NaN values print: the reference prints what the C library prints for each sign bit.
local nan = 0 / 0
print(nan, -nan)
print(tostring(nan), tostring(-nan))
print(math.sqrt(-1) ~= math.sqrt(-1), math.huge - math.huge ~= 0)
print(string.format("%.3f", 2.5), string.format("%g", 1e20))
local t = {}
print(pcall(function() t[nan] = 1 end))
print(t[nan], rawget(t, nan))
print(nan < 1, nan > 1, nan <= nan, nan >= nan, not (nan == nan))
print(math.max(1, 2), math.min(1, 2))
