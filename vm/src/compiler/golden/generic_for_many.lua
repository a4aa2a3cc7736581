for a, b, c, d, e in next, t do
  print(a, b, c, d, e)
end
for k in pairs(t) do local f = function() return k end end
