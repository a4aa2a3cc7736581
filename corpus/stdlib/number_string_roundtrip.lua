-- tostring then tonumber gives back the same number when 14 digits are enough.
local values = {0, 1, -1, 0.5, 0.1, 1/3, 123456.789, 1e100, 1e-100, 2^53, 3.14159265358979}
for _, v in ipairs(values) do
  local s = tostring(v)
  local back = tonumber(s)
  print(s, back == v, string.format("%.17g", back))
end
for _, s in ipairs({"1", "1.0", "1e0", "0x1", "  1  ", "1.", ".1e1"}) do
  print(s, tonumber(s), tostring(tonumber(s)))
end
