-- os.date with every strftime conversion glibc has, in UTC and local time (TZ=UTC), and
-- os.time's normalisation of out-of-range fields.
local t = 1234567890
for _, c in ipairs({"a","A","b","B","c","C","d","D","e","F","g","G","h","H","I","j","k","l","m","M","n","p","P","r","R","s","S","t","T","u","U","V","w","W","x","X","y","Y","z","Z","%"}) do
  print(c, pcall(os.date, "%" .. c, t), pcall(os.date, "!%" .. c, t))
end
print(pcall(os.date, "%E", t), pcall(os.date, "%Ec", t), pcall(os.date, "%Oy", t), pcall(os.date, "%", t))
print(pcall(os.date, "%5d", t), pcall(os.date, "%-d", t), pcall(os.date, "%_d", t))
local d = os.date("*t", t)
print(d.year, d.month, d.day, d.hour, d.min, d.sec, d.wday, d.yday, d.isdst)
print(os.time({year = 2021, month = 13, day = 32, hour = -1, min = 61, sec = -5}))
print(os.time({year = 1969, month = 12, day = 31, hour = 23, min = 59, sec = 59}))
print(os.time({year = 2000, month = 2, day = 29, isdst = true}))
print(pcall(os.time, {year = "x", month = 1, day = 1}))
print(pcall(os.time, {year = 2000.5, month = 1, day = 1}))
print(os.date("!%Y-%m-%d %H:%M:%S", 0), os.date("!%c", -1), os.date("!%Y", 2^31))
print(pcall(os.date, "*t", "x"), pcall(os.date, 1))
print(os.difftime(t, 0), os.difftime(0, t))
